import type { UserSpec } from '../types';
import { FENGYUAN_ID } from './county';

/** Fengyuan's people: one grid member per grid, police per community, mediators, co-handlers, leads. */
export const fengyuanUsers: UserSpec[] = [
  { id: 'fy-admin', name: '林晓雯', roles: [['countyAdmin', FENGYUAN_ID]] },
  // township leads (督办)
  { id: 'fy-lead-cg', name: '陈建国', roles: [['townshipLead', 'fy-cg']] },
  { id: 'fy-lead-sm', name: '黄志强', roles: [['townshipLead', 'fy-sm']] },
  { id: 'fy-lead-xk', name: '刘海涛', roles: [['townshipLead', 'fy-xk']] },
  // community police officers, attached to their communities (一村一警)
  {
    id: 'fy-police-cd',
    name: '张伟',
    roles: [['communityPolice', 'fy-cg-cd']],
    agencies: ['fy-ps-cg'],
  },
  {
    id: 'fy-police-xh',
    name: '吴斌',
    roles: [['communityPolice', 'fy-cg-xh']],
    agencies: ['fy-ps-cg'],
  },
  {
    id: 'fy-police-sm',
    name: '周磊',
    roles: [
      ['communityPolice', 'fy-sm-sm'],
      ['communityPolice', 'fy-sm-ht'],
    ],
    agencies: ['fy-ps-sm'],
  },
  {
    id: 'fy-police-xk',
    name: '郑凯',
    roles: [
      ['communityPolice', 'fy-xk-xx'],
      ['communityPolice', 'fy-xk-ls'],
    ],
    agencies: ['fy-ps-sm'],
  },
  // people's mediators
  { id: 'fy-med-cg', name: '赵敏', roles: [['mediator', 'fy-cg']], agencies: ['fy-mc-cg'] },
  { id: 'fy-med-cg2', name: '钱立新', roles: [['mediator', 'fy-cg']], agencies: ['fy-mc-cg'] },
  { id: 'fy-med-sm', name: '孙秀英', roles: [['mediator', 'fy-sm']], agencies: ['fy-mc-sm'] },
  { id: 'fy-med-xk', name: '何永福', roles: [['mediator', 'fy-xk']], agencies: ['fy-mc-xk'] },
  // co-handling agencies (三所联动: police station, justice office, law firm)
  { id: 'fy-ps-cg-li', name: '李强', roles: [['handler', 'fy-cg']], agencies: ['fy-ps-cg'] },
  {
    id: 'fy-ps-sm-guo',
    name: '郭明',
    roles: [
      ['handler', 'fy-sm'],
      ['handler', 'fy-xk'],
    ],
    agencies: ['fy-ps-sm'],
  },
  { id: 'fy-jo-cg-yang', name: '杨帆', roles: [['handler', 'fy-cg']], agencies: ['fy-jo-cg'] },
  {
    id: 'fy-jo-sm-xu',
    name: '徐静',
    roles: [
      ['handler', 'fy-sm'],
      ['handler', 'fy-xk'],
    ],
    agencies: ['fy-jo-sm'],
  },
  {
    id: 'fy-law-ma',
    name: '马骏',
    roles: [
      ['handler', 'fy-cg'],
      ['handler', 'fy-sm'],
      ['handler', 'fy-xk'],
    ],
    agencies: ['fy-law-mingli'],
  },
  // grid members, one per grid
  { id: 'fy-grid-cd1', name: '王丽', roles: [['gridMember', 'fy-cg-cd-g1']] },
  { id: 'fy-grid-cd2', name: '李娜', roles: [['gridMember', 'fy-cg-cd-g2']] },
  { id: 'fy-grid-cd3', name: '刘洋', roles: [['gridMember', 'fy-cg-cd-g3']] },
  { id: 'fy-grid-xh1', name: '陈静', roles: [['gridMember', 'fy-cg-xh-g1']] },
  { id: 'fy-grid-xh2', name: '杨秀兰', roles: [['gridMember', 'fy-cg-xh-g2']] },
  { id: 'fy-grid-sm1', name: '黄勇', roles: [['gridMember', 'fy-sm-sm-g1']] },
  { id: 'fy-grid-sm2', name: '周芳', roles: [['gridMember', 'fy-sm-sm-g2']] },
  { id: 'fy-grid-ht1', name: '吴军', roles: [['gridMember', 'fy-sm-ht-g1']] },
  { id: 'fy-grid-ht2', name: '徐红梅', roles: [['gridMember', 'fy-sm-ht-g2']] },
  { id: 'fy-grid-xx1', name: '朱建华', roles: [['gridMember', 'fy-xk-xx-g1']] },
  { id: 'fy-grid-ls1', name: '胡桂英', roles: [['gridMember', 'fy-xk-ls-g1']] },
];
