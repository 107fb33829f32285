import type { UserSpec } from '../types';
import { LINHU_ID } from './county';

/** Linhu's people: grid members, township safety officers and leads, department handlers. */
export const linhuUsers: UserSpec[] = [
  { id: 'lh-admin', name: '许文静', roles: [['countyAdmin', LINHU_ID]] },
  { id: 'lh-safety', name: '邓国平', roles: [['safetyOffice', LINHU_ID]], agencies: ['lh-aw'] },
  // township leads in charge of work safety (分管领导): supervision when overdue
  { id: 'lh-lead-hb', name: '罗建华', roles: [['townshipLead', 'lh-hb']] },
  { id: 'lh-lead-xt', name: '谢志刚', roles: [['townshipLead', 'lh-xt']] },
  { id: 'lh-lead-bs', name: '韩冬', roles: [['townshipLead', 'lh-bs']] },
  // township safety officers: verify, grade, notice, re-inspect
  { id: 'lh-twp-hb', name: '方明', roles: [['townshipHandler', 'lh-hb']], agencies: ['lh-hb-aj'] },
  {
    id: 'lh-twp-xt',
    name: '唐小军',
    roles: [['townshipHandler', 'lh-xt']],
    agencies: ['lh-xt-aj'],
  },
  { id: 'lh-twp-bs', name: '高峰', roles: [['townshipHandler', 'lh-bs']], agencies: ['lh-bs-aj'] },
  // county departments that rectify
  { id: 'lh-dept-xf', name: '曹磊', roles: [['departmentHandler', LINHU_ID]], agencies: ['lh-xf'] },
  {
    id: 'lh-dept-scj',
    name: '彭丽',
    roles: [['departmentHandler', LINHU_ID]],
    agencies: ['lh-scj'],
  },
  {
    id: 'lh-dept-zjj',
    name: '曾涛',
    roles: [['departmentHandler', LINHU_ID]],
    agencies: ['lh-zjj'],
  },
  {
    id: 'lh-dept-jtj',
    name: '萧然',
    roles: [['departmentHandler', LINHU_ID]],
    agencies: ['lh-jtj'],
  },
  {
    id: 'lh-dept-yjj',
    name: '田勇',
    roles: [['departmentHandler', LINHU_ID]],
    agencies: ['lh-yjj'],
  },
  // grid members, one per grid
  { id: 'lh-grid-wh1', name: '蒋琳', roles: [['gridMember', 'lh-hb-wh-g1']] },
  { id: 'lh-grid-wh2', name: '沈涛', roles: [['gridMember', 'lh-hb-wh-g2']] },
  { id: 'lh-grid-bj1', name: '韦春燕', roles: [['gridMember', 'lh-hb-bj-g1']] },
  { id: 'lh-grid-bj2', name: '邱明', roles: [['gridMember', 'lh-hb-bj-g2']] },
  { id: 'lh-grid-xt1', name: '秦海燕', roles: [['gridMember', 'lh-xt-xt-g1']] },
  { id: 'lh-grid-xt2', name: '江波', roles: [['gridMember', 'lh-xt-xt-g2']] },
  { id: 'lh-grid-gy1', name: '史慧', roles: [['gridMember', 'lh-xt-gy-g1']] },
  { id: 'lh-grid-gy2', name: '顾建军', roles: [['gridMember', 'lh-xt-gy-g2']] },
  { id: 'lh-grid-bs1', name: '侯玉兰', roles: [['gridMember', 'lh-bs-bs-g1']] },
  { id: 'lh-grid-sg1', name: '孟庆', roles: [['gridMember', 'lh-bs-sg-g1']] },
];
