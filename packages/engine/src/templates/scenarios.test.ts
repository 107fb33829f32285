import { cnIdcardCheckDigit } from '@gridcase/forms';
import { describe, expect, it } from 'vitest';
import { availableActions, createCase, step } from '../step';
import type { Actor, CaseRecord, Command, RoleAssignment, StepResult } from '../types';
import { disputeMediation, hazardRectification } from './index';

const AREA = ['anxi', 'chengxiang', 'dongmen', 'grid-07'];
const person = (
  userId: string,
  role: string,
  areaId: string,
  level: RoleAssignment['areaLevel'],
  agencies?: string[],
): Actor => ({
  userId,
  roles: [{ role, areaId, areaLevel: level }],
  ...(agencies ? { agencies } : {}),
});
const gridMember = person('wang', 'gridMember', 'grid-07', 'grid');
const police = person('li', 'communityPolice', 'dongmen', 'community');
const mediator = person('zhao', 'mediator', 'chengxiang', 'township');
const justice = person('sun', 'handler', 'chengxiang', 'township', ['justice-office']);
const townshipHandler = person('qian', 'townshipHandler', 'chengxiang', 'township');
const department = person('zhou', 'departmentHandler', 'chengxiang', 'township', ['fire-brigade']);
const townshipLead = person('wu', 'townshipLead', 'chengxiang', 'township');
const system: Actor = { userId: 'scheduler', roles: [], system: true };

const id17 = '11010519491231002';
const idNumber = id17 + cnIdcardCheckDigit(id17);
const wrongId = id17 + (cnIdcardCheckDigit(id17) === '1' ? '2' : '1');

function ok(result: StepResult): CaseRecord {
  if (!result.ok)
    throw new Error(
      `${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.details)}`,
    );
  return result.case;
}
let clock = new Date('2026-11-23T01:00:00Z').getTime();
const tick = () => {
  clock += 3_600_000;
  return new Date(clock);
};
const run = (def: typeof disputeMediation, record: CaseRecord, command: Command) =>
  step(def, record, command, tick());

const registration = (id: string) => ({
  summary: '宅基地边界纠纷',
  category: 'land',
  severity: 'general',
  source: 'gridPatrol',
  parties: [
    { name: '张三', role: 'applicant', idNumber: id, phone: '13800138000' },
    { name: '李四', role: 'respondent' },
  ],
});

describe('dispute mediation, end to end through step()', () => {
  it('refuses a party with a wrong ID check digit, in zh-CN', () => {
    const result = createCase(
      disputeMediation,
      {
        id: 'D1',
        countyId: 'anxi',
        areaPath: AREA,
        data: registration(wrongId),
        actor: gridMember,
      },
      tick(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('form.invalid');
    expect(result.error.details?.issues).toEqual([
      expect.objectContaining({
        path: 'parties.0.idNumber',
        message: expect.stringMatching(/[\u4e00-\u9fff]/),
      }),
    ]);
  });

  it('runs triage, joint mediation, agreement, a dissatisfied visit that reopens, and closes', () => {
    let c = ok(
      createCase(
        disputeMediation,
        {
          id: 'D2',
          countyId: 'anxi',
          areaPath: AREA,
          data: registration(idNumber),
          actor: gridMember,
        },
        tick(),
      ),
    );
    expect(c.stages).toEqual(['dispute-mediation.registered']);
    expect(availableActions(disputeMediation, c, gridMember)).toEqual([
      expect.objectContaining({ type: 'settleOnSpot' }),
    ]);
    const onSpot = run(disputeMediation, c, {
      type: 'settleOnSpot',
      data: { result: '已调解' },
      actor: gridMember,
    });
    expect(onSpot.ok || onSpot.error.code).toBe('case.conditionsNotMet');

    c = ok(
      run(disputeMediation, c, { type: 'accept', data: { mediatorId: 'zhao' }, actor: police }),
    );
    expect(c.context.assignee).toEqual({ role: 'mediator', areaId: 'chengxiang', userId: 'zhao' });
    c = ok(
      run(disputeMediation, c, {
        type: 'startMediation',
        data: { facts: '双方对边界有争议' },
        actor: mediator,
      }),
    );
    c = ok(
      run(disputeMediation, c, {
        type: 'requestJointHandling',
        data: { assistingAgencies: ['justice-office'] },
        actor: mediator,
      }),
    );
    expect(c.state).toEqual({ mediation: { joint: { lead: 'working', assisting: 'working' } } });
    const stranger = run(disputeMediation, c, {
      type: 'submitOpinion',
      data: { opinion: '同意' },
      actor: { ...justice, agencies: ['law-firm'] },
    });
    expect(stranger.ok).toBe(false);
    c = ok(
      run(disputeMediation, c, {
        type: 'submitOpinion',
        data: { opinion: '建议按原界址' },
        actor: justice,
      }),
    );
    c = ok(
      run(disputeMediation, c, {
        type: 'concludeJoint',
        data: { opinion: '按原界址划分' },
        actor: mediator,
      }),
    );
    expect(c.state).toEqual({ mediation: 'sessions' });
    expect(c.context.coHandlers).toEqual([]);
    c = ok(
      run(disputeMediation, c, {
        type: 'reachAgreement',
        data: { terms: '按原界址', signedOn: '2026-11-25' },
        actor: mediator,
      }),
    );
    c = ok(run(disputeMediation, c, { type: 'scheduleFollowUp', actor: mediator }));
    expect(c.deadlines.map((d) => d.stateId)).toEqual([
      'dispute-mediation.followUp',
      'dispute-mediation.followUp',
    ]);
    c = ok(
      run(disputeMediation, c, {
        type: 'recordVisit',
        data: { performed: false, satisfaction: 'dissatisfied' },
        actor: gridMember,
      }),
    );
    expect(c.state).toEqual({ mediation: 'sessions' });
    expect(c.context.reopenCount).toBe(1);
    c = ok(
      run(disputeMediation, c, {
        type: 'reachAgreement',
        data: { terms: '补偿 2000 元', signedOn: '2026-12-01' },
        actor: mediator,
      }),
    );
    c = ok(run(disputeMediation, c, { type: 'scheduleFollowUp', actor: mediator }));
    c = ok(
      run(disputeMediation, c, {
        type: 'recordVisit',
        data: { performed: true, satisfaction: 'satisfied' },
        actor: gridMember,
      }),
    );
    expect(c).toMatchObject({ status: 'done', state: 'resolved', deadlines: [] });
    expect(c.context.outcome).toBe('resolved');
    expect(c.version).toBe(12);
  });
});

describe('hazard rectification, end to end through step()', () => {
  const report = {
    title: '楼道堆放杂物堵塞消防通道',
    category: 'fire',
    location: { address: '东门社区 3 栋', lng: 118.18, lat: 25.06 },
    photos: [{ id: 'att-1', name: 'corridor.jpg' }],
    contactPhone: '13900139000',
  };

  it('reports, grades major (supervised), returns for rework, accepts, writes off', () => {
    let c = ok(
      createCase(
        hazardRectification,
        { id: 'H1', countyId: 'anxi', areaPath: AREA, data: report, actor: gridMember },
        tick(),
      ),
    );
    const notice = {
      level: 'major',
      department: 'fire-brigade',
      handlerId: 'zhou',
      requirements: '三日内清理',
    };
    c = ok(
      run(hazardRectification, c, { type: 'issueNotice', data: notice, actor: townshipHandler }),
    );
    expect(c.context.supervision).toBe(1);
    expect(c.context.coHandlers).toEqual([{ agency: 'fire-brigade', lead: true }]);
    const rectified = { measures: '已清理', photosAfter: [{ id: 'att-2', name: 'after.jpg' }] };
    c = ok(
      run(hazardRectification, c, {
        type: 'submitRectification',
        data: rectified,
        actor: department,
      }),
    );
    const noReason = run(hazardRectification, c, {
      type: 'returnForRework',
      data: { findings: '仍有杂物' },
      actor: townshipHandler,
    });
    expect(noReason.ok || noReason.error.code).toBe('case.reasonRequired');
    c = ok(
      run(hazardRectification, c, {
        type: 'returnForRework',
        data: { findings: '仍有杂物' },
        reason: '未清理干净',
        actor: townshipHandler,
      }),
    );
    expect(c.state).toBe('rectifying');
    c = ok(
      run(hazardRectification, c, {
        type: 'submitRectification',
        data: rectified,
        actor: department,
      }),
    );
    c = ok(
      run(hazardRectification, c, {
        type: 'accept',
        data: { findings: '已整改到位' },
        actor: gridMember,
      }),
    );
    expect(c).toMatchObject({ status: 'done', state: 'writtenOff' });
    expect(c.context.outcome).toBe('writtenOff');
  });

  it('escalates overdue rectification to the township lead, level by level', () => {
    let c = ok(
      createCase(
        hazardRectification,
        { id: 'H2', countyId: 'anxi', areaPath: AREA, data: report, actor: gridMember },
        tick(),
      ),
    );
    const notice = { level: 'general', department: 'fire-brigade', requirements: '清理' };
    c = ok(
      run(hazardRectification, c, { type: 'issueNotice', data: notice, actor: townshipHandler }),
    );
    const breach = c.deadlines.find((d) => d.kind === 'breach')!;
    let result = step(
      hazardRectification,
      c,
      { type: 'deadline.fire', deadlineId: breach.id, actor: system },
      breach.dueAt,
    );
    c = ok(result);
    expect(c.context).toMatchObject({
      supervision: 1,
      assignee: { role: 'townshipLead', areaId: 'chengxiang' },
    });
    const next = c.deadlines.find((d) => d.kind === 'breach' && d.level === 1)!;
    result = step(
      hazardRectification,
      c,
      { type: 'deadline.fire', deadlineId: next.id, actor: system },
      next.dueAt,
    );
    c = ok(result);
    expect(c.context.supervision).toBe(2);
    expect(availableActions(hazardRectification, c, townshipLead).map((a) => a.type)).toEqual([
      'transfer',
      'remind',
      'supervise',
    ]);
  });
});
