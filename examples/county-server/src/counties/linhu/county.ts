import type { County } from '@gridcase/server';
import { flattenAreas, grids } from '../shared/areaTree';
import { CALENDAR_2026 } from '../shared/calendar2026';
import { t } from '../shared/text';

export const LINHU_ID = 'linhu';

const wanghu = t('望湖社区', 'Wanghu Community');
const binjiang = t('滨江社区', 'Binjiang Community');
const xintangVillage = t('新塘村', 'Xintang Village');
const industrialPark = t('工业园社区', 'Industrial Park Community');
const baishaVillage = t('白沙村', 'Baisha Village');
const shagang = t('沙岗村', 'Shagang Village');

/**
 * 临湖县 (Linhu County): hazard rectification under supervision. Grid members report with
 * photos; the township safety station verifies and grades; county departments rectify on a
 * notice; overdue rectification is supervised (督办) by the township lead.
 */
export const linhuCounty = (createdAt: string): County => ({
  id: LINHU_ID,
  name: t('临湖县', 'Linhu County'),
  areas: flattenAreas({
    id: LINHU_ID,
    name: t('临湖县', 'Linhu County'),
    children: [
      {
        id: 'lh-hb',
        name: t('湖滨街道', 'Hubin Subdistrict'),
        children: [
          { id: 'lh-hb-wh', name: wanghu, children: grids('lh-hb-wh', wanghu, 2) },
          { id: 'lh-hb-bj', name: binjiang, children: grids('lh-hb-bj', binjiang, 2) },
        ],
      },
      {
        id: 'lh-xt',
        name: t('新塘镇', 'Xintang Town'),
        children: [
          { id: 'lh-xt-xt', name: xintangVillage, children: grids('lh-xt-xt', xintangVillage, 2) },
          { id: 'lh-xt-gy', name: industrialPark, children: grids('lh-xt-gy', industrialPark, 2) },
        ],
      },
      {
        id: 'lh-bs',
        name: t('白沙镇', 'Baisha Town'),
        children: [
          { id: 'lh-bs-bs', name: baishaVillage, children: grids('lh-bs-bs', baishaVillage, 1) },
          { id: 'lh-bs-sg', name: shagang, children: grids('lh-bs-sg', shagang, 1) },
        ],
      },
    ],
  }),
  agencies: [
    {
      id: 'lh-yjj',
      name: t('县应急管理局', 'County Emergency Management Bureau'),
      kind: 'department',
      areaId: LINHU_ID,
    },
    {
      id: 'lh-xf',
      name: t('县消防救援大队', 'County Fire and Rescue Brigade'),
      kind: 'department',
      areaId: LINHU_ID,
    },
    {
      id: 'lh-scj',
      name: t('县市场监督管理局', 'County Market Regulation Bureau'),
      kind: 'department',
      areaId: LINHU_ID,
    },
    {
      id: 'lh-zjj',
      name: t('县住房和城乡建设局', 'County Housing and Construction Bureau'),
      kind: 'department',
      areaId: LINHU_ID,
    },
    {
      id: 'lh-jtj',
      name: t('县交通运输局', 'County Transport Bureau'),
      kind: 'department',
      areaId: LINHU_ID,
    },
    {
      id: 'lh-aw',
      name: t('县安全生产委员会办公室', 'County Work Safety Committee Office'),
      kind: 'supervision',
      areaId: LINHU_ID,
    },
    {
      id: 'lh-hb-aj',
      name: t('湖滨街道应急管理办公室', 'Hubin Emergency Management Office'),
      kind: 'township',
      areaId: 'lh-hb',
    },
    {
      id: 'lh-xt-aj',
      name: t('新塘镇安监站', 'Xintang Work Safety Station'),
      kind: 'township',
      areaId: 'lh-xt',
    },
    {
      id: 'lh-bs-aj',
      name: t('白沙镇安监站', 'Baisha Work Safety Station'),
      kind: 'township',
      areaId: 'lh-bs',
    },
  ],
  roles: {
    gridMember: { title: t('网格员', 'Grid member') },
    townshipHandler: { title: t('乡镇安监员', 'Township safety officer') },
    departmentHandler: { title: t('部门经办人', 'Department handler') },
    townshipLead: { title: t('乡镇（街道）分管领导', 'Township lead') },
    safetyOffice: { title: t('县安委办', 'County safety office') },
    countyAdmin: { title: t('县级管理员', 'County admin') },
  },
  calendar: CALENDAR_2026,
  createdAt,
});
