import { cnIdcardCheckDigit } from '@gridcase/forms';
import { describe, expect, it } from 'vitest';
import { isOverdue } from '../deadline';
import { disputeMediation, hazardRectification } from '../templates';
import type { WorkflowDefinition } from '../types';
import {
  actInTestRun,
  moveTestClock,
  openTestCase,
  pretendActor,
  startTestRun,
  type TestRun,
  type TestRunResult,
  whoMayAct,
} from './index';

const MONDAY = '2026-11-23T01:00:00.000Z'; // 09:00 in Shanghai
const id17 = '11010519491231002';
const registration = {
  summary: '宅基地边界纠纷',
  category: 'land',
  severity: 'general',
  source: 'gridPatrol',
  parties: [
    { name: '张三', role: 'applicant', idNumber: id17 + cnIdcardCheckDigit(id17) },
    { name: '李四', role: 'respondent' },
  ],
};

function ok(result: TestRunResult): TestRun {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.run;
}
const opened = (definition: WorkflowDefinition, data: Record<string, unknown>) => {
  const run = startTestRun(definition, { start: MONDAY });
  return ok(openTestCase(run, { actor: pretendActor(run, 'gridMember', 'grid'), data }));
};

describe('a test run of dispute mediation', () => {
  it('opens a pretend case with the real start form, as a starter only', () => {
    const run = startTestRun(disputeMediation, { start: MONDAY });
    expect(whoMayAct(run).map((r) => r.role)).toEqual(['gridMember', 'communityPolice']);
    const mediator = pretendActor(run, 'mediator', 'township');
    const refused = openTestCase(run, { actor: mediator, data: registration });
    expect(refused.ok || refused.error.code).toBe('auth.notStarter');
    const invalid = openTestCase(run, {
      actor: pretendActor(run, 'gridMember', 'grid'),
      data: { ...registration, parties: [] },
    });
    expect(invalid.ok || invalid.error.code).toBe('form.invalid');
    expect(invalid.run).toBe(run);
    const c = opened(disputeMediation, registration).case;
    expect(c?.stages).toEqual(['dispute-mediation.registered']);
    expect(c?.deadlines.map((d) => d.kind)).toEqual(['warn', 'breach']);
  });

  it('acts as any role through step(), refusing the wrong one and leaving the run as it was', () => {
    const run = opened(disputeMediation, registration);
    expect(whoMayAct(run).map((r) => r.role)).toContain('communityPolice');
    const accept = { type: 'accept', data: { mediatorId: 'zhao' } };
    const wrong = actInTestRun(run, {
      ...accept,
      actor: pretendActor(run, 'mediator', 'township'),
    });
    expect(wrong.ok || wrong.error.code).toBe('auth.wrongRole');
    expect(wrong.run).toBe(run);
    const police = pretendActor(run, 'communityPolice', 'community');
    const next = ok(actInTestRun(run, { ...accept, actor: police }));
    expect(next.case?.stages).toEqual(['dispute-mediation.investigating']);
    expect(next.log.at(-1)).toMatchObject({
      kind: 'action',
      role: 'communityPolice',
      title: { 'zh-CN': '受理并指派' },
      stages: ['dispute-mediation.investigating'],
    });
  });

  it('fires the warning, then the breach with its reminder and escalation, as the clock moves', () => {
    let run = opened(disputeMediation, registration);
    run = moveTestClock(run, { workingDays: 1 });
    expect(run.now).toBe('2026-11-24T01:00:00.000Z');
    expect(run.log.map((e) => e.kind)).toEqual(['opened', 'clock']);
    run = moveTestClock(run, { workingDays: 2 });
    expect(run.log.slice(2).map((e) => e.kind)).toEqual(['warning', 'clock']);
    expect(isOverdue(run.case as never, run.now)).toBe(false);
    run = moveTestClock(run, { days: 1 });
    expect(run.log.slice(4).map((e) => e.kind)).toEqual([
      'breach',
      'reminder',
      'escalation',
      'clock',
    ]);
    const [breach, , escalation] = run.log.slice(4);
    expect(breach).toMatchObject({ stateId: 'dispute-mediation.registered', level: 0 });
    expect(breach?.at).toBe(run.case?.breaches?.[0]?.dueAt);
    expect(escalation?.to).toEqual({ role: 'townshipLead', scope: 'township' });
    expect(run.case?.context).toMatchObject({ supervision: 1, assignee: { role: 'townshipLead' } });
    expect(isOverdue(run.case as never, run.now)).toBe(true);
  });

  it('moves by calendar days across a weekend and never back', () => {
    const run = opened(disputeMediation, registration);
    expect(moveTestClock(run, { days: 6 }).now).toBe('2026-11-29T01:00:00.000Z');
    expect(moveTestClock(run, { to: '2026-11-20T00:00:00Z' })).toBe(run);
  });

  it('refuses to act before the pretend case is opened', () => {
    const run = startTestRun(disputeMediation, { start: MONDAY, locale: 'en' });
    const result = actInTestRun(run, { type: 'accept', actor: pretendActor(run, 'x', 'grid') });
    expect(result.ok || result.error.code).toBe('case.notFound');
  });
});

describe('a test run of hazard rectification', () => {
  const report = {
    title: '楼道堆放杂物堵塞消防通道',
    category: 'fire',
    location: { address: '东门社区 3 栋' },
    photos: [{ id: 'att-1', name: 'corridor.jpg' }],
  };
  const notice = {
    level: 'major',
    department: 'fire-brigade',
    handlerId: 'zhou',
    requirements: '三日内清理',
  };

  it('repeats an overdue stage’s breach every few working days, each at its due time', () => {
    let run = opened(hazardRectification, report);
    const handler = pretendActor(run, 'townshipHandler', 'township');
    run = ok(actInTestRun(run, { type: 'issueNotice', data: notice, actor: handler }));
    expect(pretendActor(run, 'departmentHandler', 'township').agencies).toEqual(['fire-brigade']);
    run = moveTestClock(run, { workingDays: 12 });
    const breaches = run.log.filter((e) => e.kind === 'breach');
    expect(breaches.map((e) => e.level)).toEqual([0, 1, 2]);
    const times = breaches.map((e) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(run.log.filter((e) => e.kind === 'escalation')).toHaveLength(3);
    expect(run.case?.context.supervision).toBe(4); // major hazards start supervised
  });
});
