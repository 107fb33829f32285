import type { County } from '@gridcase/server';
import { flattenAreas, grids } from '../shared/areaTree';
import { CALENDAR_2026 } from '../shared/calendar2026';
import { t } from '../shared/text';

export const FENGYUAN_ID = 'fengyuan';

const chengdong = t('城东社区', 'Chengdong Community');
const xinhua = t('新华社区', 'Xinhua Community');
const shimenVillage = t('石门村', 'Shimen Village');
const huangtan = t('黄潭村', 'Huangtan Village');
const xiaxi = t('下溪村', 'Xiaxi Village');
const liushu = t('柳树村', 'Liushu Village');

/**
 * 枫源县 (Fengyuan County): police-grid integration (警网融合). Community police officers are
 * attached to grids; grid members settle small disputes on the spot; the township's people's
 * mediation committee mediates with the police station, justice office and a law firm.
 */
export const fengyuanCounty = (createdAt: string): County => ({
  id: FENGYUAN_ID,
  name: t('枫源县', 'Fengyuan County'),
  areas: flattenAreas({
    id: FENGYUAN_ID,
    name: t('枫源县', 'Fengyuan County'),
    children: [
      {
        id: 'fy-cg',
        name: t('城关街道', 'Chengguan Subdistrict'),
        children: [
          { id: 'fy-cg-cd', name: chengdong, children: grids('fy-cg-cd', chengdong, 3) },
          { id: 'fy-cg-xh', name: xinhua, children: grids('fy-cg-xh', xinhua, 2) },
        ],
      },
      {
        id: 'fy-sm',
        name: t('石门镇', 'Shimen Town'),
        children: [
          { id: 'fy-sm-sm', name: shimenVillage, children: grids('fy-sm-sm', shimenVillage, 2) },
          { id: 'fy-sm-ht', name: huangtan, children: grids('fy-sm-ht', huangtan, 2) },
        ],
      },
      {
        id: 'fy-xk',
        name: t('溪口乡', 'Xikou Township'),
        children: [
          { id: 'fy-xk-xx', name: xiaxi, children: grids('fy-xk-xx', xiaxi, 1) },
          { id: 'fy-xk-ls', name: liushu, children: grids('fy-xk-ls', liushu, 1) },
        ],
      },
    ],
  }),
  agencies: [
    {
      id: 'fy-ps-cg',
      name: t('城关派出所', 'Chengguan Police Station'),
      kind: 'police',
      areaId: 'fy-cg',
    },
    {
      id: 'fy-ps-sm',
      name: t('石门派出所', 'Shimen Police Station'),
      kind: 'police',
      areaId: 'fy-sm',
    },
    {
      id: 'fy-jo-cg',
      name: t('城关司法所', 'Chengguan Justice Office'),
      kind: 'justice',
      areaId: 'fy-cg',
    },
    {
      id: 'fy-jo-sm',
      name: t('石门司法所', 'Shimen Justice Office'),
      kind: 'justice',
      areaId: 'fy-sm',
    },
    {
      id: 'fy-mc-cg',
      name: t('城关街道人民调解委员会', 'Chengguan People’s Mediation Committee'),
      kind: 'mediation',
      areaId: 'fy-cg',
    },
    {
      id: 'fy-mc-sm',
      name: t('石门镇人民调解委员会', 'Shimen People’s Mediation Committee'),
      kind: 'mediation',
      areaId: 'fy-sm',
    },
    {
      id: 'fy-mc-xk',
      name: t('溪口乡人民调解委员会', 'Xikou People’s Mediation Committee'),
      kind: 'mediation',
      areaId: 'fy-xk',
    },
    {
      id: 'fy-law-mingli',
      name: t('明理律师事务所', 'Mingli Law Firm'),
      kind: 'lawFirm',
      areaId: FENGYUAN_ID,
    },
    {
      id: 'fy-court',
      name: t('枫源县人民法院', 'Fengyuan County People’s Court'),
      kind: 'court',
      areaId: FENGYUAN_ID,
    },
  ],
  roles: {
    gridMember: { title: t('网格员', 'Grid member') },
    communityPolice: { title: t('社区民警', 'Community police officer') },
    mediator: { title: t('人民调解员', 'Mediator') },
    handler: { title: t('协办单位经办人', 'Agency handler') },
    townshipLead: { title: t('乡镇（街道）领导', 'Township lead') },
    countyAdmin: { title: t('县综治中心管理员', 'County admin') },
  },
  calendar: CALENDAR_2026,
  createdAt,
});
