import type { AreaLevel, RoleAssignment } from '@gridcase/engine';
import type { County, User } from '../store/types';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The demo county's id. */
export const DEMO_COUNTY_ID = 'demo-county';

const areas: County['areas'] = [
  { id: DEMO_COUNTY_ID, name: text('示范县', 'Demo County'), level: 'county' },
  {
    id: 'twp-east',
    name: text('东城街道', 'East Town'),
    level: 'township',
    parentId: DEMO_COUNTY_ID,
  },
  {
    id: 'twp-west',
    name: text('西山镇', 'West Hill Town'),
    level: 'township',
    parentId: DEMO_COUNTY_ID,
  },
  {
    id: 'com-e1',
    name: text('东门社区', 'East Gate Community'),
    level: 'community',
    parentId: 'twp-east',
  },
  {
    id: 'com-e2',
    name: text('河畔社区', 'Riverside Community'),
    level: 'community',
    parentId: 'twp-east',
  },
  { id: 'com-w1', name: text('松林村', 'Pine Village'), level: 'community', parentId: 'twp-west' },
  {
    id: 'grid-e1a',
    name: text('东门第一网格', 'East Gate Grid 1'),
    level: 'grid',
    parentId: 'com-e1',
  },
  {
    id: 'grid-e1b',
    name: text('东门第二网格', 'East Gate Grid 2'),
    level: 'grid',
    parentId: 'com-e1',
  },
  {
    id: 'grid-e2a',
    name: text('河畔第一网格', 'Riverside Grid 1'),
    level: 'grid',
    parentId: 'com-e2',
  },
  { id: 'grid-w1a', name: text('松林第一网格', 'Pine Grid 1'), level: 'grid', parentId: 'com-w1' },
];

const levelOf = (areaId: string): AreaLevel => areas.find((a) => a.id === areaId)?.level ?? 'grid';
const role = (name: string, areaId: string): RoleAssignment => ({
  role: name,
  areaId,
  areaLevel: levelOf(areaId),
});

/**
 * A demo county: two townships, three communities, four grids, agencies and one user per role
 * (several where scope matters). The CLI's `seed` and the tests use it; the example server has
 * its own counties.
 *
 * @example
 * ```ts
 * const { county, users } = demoCounty('2026-03-02T01:00:00.000Z');
 * await store.putCounty(county);
 * for (const user of users) await store.putUser(user);
 * ```
 */
export function demoCounty(createdAt: string): { county: County; users: User[] } {
  const county: County = {
    id: DEMO_COUNTY_ID,
    name: text('示范县', 'Demo County'),
    areas,
    agencies: [
      {
        id: 'ps-east',
        name: text('东城派出所', 'East Town Police Station'),
        kind: 'police',
        areaId: 'twp-east',
      },
      {
        id: 'jo-east',
        name: text('东城司法所', 'East Town Justice Office'),
        kind: 'justice',
        areaId: 'twp-east',
      },
      {
        id: 'mc-west',
        name: text('西山镇人民调解委员会', 'West Hill Mediation Committee'),
        kind: 'mediation',
        areaId: 'twp-west',
      },
      {
        id: 'dept-fire',
        name: text('县消防救援大队', 'County Fire Brigade'),
        kind: 'department',
        areaId: DEMO_COUNTY_ID,
      },
      {
        id: 'dept-housing',
        name: text('县住房和城乡建设局', 'County Housing Bureau'),
        kind: 'department',
        areaId: DEMO_COUNTY_ID,
      },
    ],
    roles: {
      gridMember: { title: text('网格员', 'Grid member') },
      communityPolice: { title: text('社区民警', 'Community police officer') },
      mediator: { title: text('调解员', 'Mediator') },
      departmentHandler: { title: text('部门承办人', 'Department handler') },
      handler: { title: text('协办单位经办人', 'Co-handling agency handler') },
      townshipHandler: { title: text('乡镇（街道）处置员', 'Township handler') },
      safetyOffice: { title: text('县安委办', 'County safety office') },
      townshipLead: { title: text('乡镇（街道）领导', 'Township lead') },
      countyAdmin: { title: text('县级管理员', 'County admin') },
    },
    calendar: {
      holidays: ['2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05'],
      workdays: ['2026-05-09'],
    },
    createdAt,
  };
  const user = (
    id: string,
    name: string,
    roles: RoleAssignment[],
    agencies: string[] = [],
  ): User => ({
    id,
    countyId: DEMO_COUNTY_ID,
    name,
    username: id,
    roles,
    agencies,
  });
  const users: User[] = [
    user('admin', '县综治中心管理员', [role('countyAdmin', DEMO_COUNTY_ID)]),
    user('grid-e1a', '王网格', [role('gridMember', 'grid-e1a')]),
    user('grid-e1b', '李网格', [role('gridMember', 'grid-e1b')]),
    user('grid-e2a', '刘网格', [role('gridMember', 'grid-e2a')]),
    user('grid-w1a', '赵网格', [role('gridMember', 'grid-w1a')]),
    user('police-e1', '陈民警', [role('communityPolice', 'com-e1')], ['ps-east']),
    user('police-e2', '黄民警', [role('communityPolice', 'com-e2')], ['ps-east']),
    user('police-w1', '周民警', [role('communityPolice', 'com-w1')]),
    user('mediator-east', '孙调解员', [role('mediator', 'twp-east')], ['jo-east']),
    user('mediator-west', '吴调解员', [role('mediator', 'twp-west')], ['mc-west']),
    user('lead-east', '郑主任', [role('townshipLead', 'twp-east')]),
    user('lead-west', '冯镇长', [role('townshipLead', 'twp-west')]),
    user('handler-east', '何干事', [role('handler', 'twp-east')], ['jo-east']),
    user('twp-handler-east', '高处置员', [role('townshipHandler', 'twp-east')]),
    user('dept-fire', '钱科长', [role('departmentHandler', DEMO_COUNTY_ID)], ['dept-fire']),
    user('safety', '林主任', [role('safetyOffice', DEMO_COUNTY_ID)]),
  ];
  return { county, users };
}
