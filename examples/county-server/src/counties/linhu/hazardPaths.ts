import type { User } from '@gridcase/server';
import { chinaDate } from '../../seed/chinaTime';
import type { SeedPhoto, StoryStep } from '../../seed/types';
import type { HazardSketch } from './hazardPool';

/** The people around one hazard and what it is. */
export interface HazardCast {
  gridMember: User;
  township: User;
  lead: User;
  /** The responsible department's handler. */
  department: User;
  /** Another department's handler, for transfers. */
  otherDepartment: User;
  sketch: HazardSketch;
  /** Makes a photo with a story-unique id. */
  photo: (name: string, color?: string) => SeedPhoto;
}

type Path = (cast: HazardCast) => StoryStep[];

const notice = (c: HazardCast, afterHours: number, level: 'general' | 'major'): StoryStep => ({
  as: c.township.id,
  type: 'issueNotice',
  afterHours,
  data: {
    level,
    department: c.department.agencies[0],
    handlerId: c.department.id,
    requirements: c.sketch.requirements,
  },
});
const rectify = (c: HazardCast, afterHours: number, label = '整改后'): StoryStep => {
  const after = c.photo(`${label}照片.png`, '#2e8b57');
  return {
    as: c.department.id,
    type: 'submitRectification',
    afterHours,
    photos: [after],
    data: (at) => ({
      measures: c.sketch.measures,
      photosAfter: [{ id: after.id, name: after.name }],
      completedOn: chinaDate(at),
    }),
  };
};
const accept = (c: HazardCast, afterHours: number): StoryStep => ({
  as: c.township.id,
  type: 'accept',
  afterHours,
  data: { findings: '经现场复查，整改措施落实到位，隐患已消除，同意销号。' },
});

/** The ways a Linhu hazard goes, each a list of commands with the hours between them. */
export const HAZARD_PATHS: Record<string, Path> = {
  verifying: () => [],
  fixedOnSpot: (c) => {
    const after = c.photo('现场整改后.png', '#2e8b57');
    return [
      {
        as: c.township.id,
        type: 'fixOnSpot',
        afterHours: 20,
        photos: [after],
        data: {
          measures: '督促责任人当场整改完毕。',
          photosAfter: [{ id: after.id, name: after.name }],
        },
      },
    ];
  },
  withdrawn: (c) => [
    {
      as: c.township.id,
      type: 'withdraw',
      afterHours: 30,
      reason: '经核实为重复上报，与已登记案件合并办理。',
    },
  ],
  dismissed: (c) => [
    {
      as: c.township.id,
      type: 'dismiss',
      afterHours: 30,
      reason: '经现场核实，责任单位已自行整改完毕，隐患不存在。',
    },
  ],
  writtenOff: (c) => [notice(c, 24, 'general'), rectify(c, 70), accept(c, 30)],
  major: (c) => [notice(c, 8, 'major'), rectify(c, 96), accept(c, 20)],
  rework: (c) => [
    notice(c, 24, 'general'),
    rectify(c, 60, '第一次整改'),
    {
      as: c.township.id,
      type: 'returnForRework',
      afterHours: 26,
      reason: '复查发现整改不彻底，仍有部分问题未消除。',
      data: { findings: '部分问题未整改到位，需继续整改。' },
    },
    rectify(c, 50, '第二次整改'),
    accept(c, 24),
  ],
  transferred: (c) => [
    notice(c, 24, 'general'),
    {
      as: c.township.id,
      type: 'transfer',
      afterHours: 20,
      data: {
        department: c.otherDepartment.agencies[0],
        handlerId: c.otherDepartment.id,
        note: '经会商，该隐患属其他部门监管职责，予以转办。',
      },
    },
    { ...rectify({ ...c, department: c.otherDepartment }, 72), as: c.otherDepartment.id },
    accept(c, 24),
  ],
  /** Rectification runs past its 5 working days: reminded, escalated, supervised by the lead. */
  overdue: (c) => [
    notice(c, 20, 'general'),
    {
      as: c.lead.id,
      type: 'supervise',
      afterHours: 230,
      data: { instruction: '该隐患已超期未整改，请责任部门3个工作日内整改到位并书面报告。' },
    },
    rectify(c, 140),
    accept(c, 30),
  ],
};
