import type { CaseRecord } from '@gridcase/engine';
import { makeCase, minute } from '../../../packages/server/src/store/contract/fixtures';

/** Case `i` of a county: spread over 12 towns, 97 villages, 480 grids; about 1 KB of data. */
export const realisticCase = (i: number): CaseRecord =>
  makeCase(caseId(i), {
    areaPath: ['c1', `t${i % 12}`, `v${i % 97}`, `g${i % 480}`],
    caseType: i % 3 === 0 ? 'hazard' : 'dispute',
    stages: [i % 5 === 0 ? 'd.mediation' : 'd.triage'],
    assignee: { role: 'gridMember', areaId: `g${i % 480}`, userId: `u${i % 900}` },
    dueAt: minute(i % 5000),
    createdAt: minute(i % 100000),
    data: {
      title: `第${i}号 邻里噪音纠纷：楼上装修扰民，多次协商未果`,
      category: 'neighbour',
      summary: '当事人反映楼上住户夜间装修，噪音严重影响休息，要求网格员协调处理。',
      parties: [
        {
          name: '张三',
          idNumber: '110105199001011234',
          phone: '13800138000',
          address: '幸福路12号3单元401',
        },
        {
          name: '李四',
          idNumber: '110105198505054321',
          phone: '13900139000',
          address: '幸福路12号3单元501',
        },
      ],
      location: { lat: 39.9 + (i % 100) / 1000, lng: 116.4 },
    },
  });

/** `case-0000042`. */
export const caseId = (i: number): string => `case-${String(i).padStart(7, '0')}`;
