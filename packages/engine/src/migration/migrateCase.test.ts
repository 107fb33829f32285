import { describe, expect, it } from 'vitest';
import { calendarFor } from '../calendar';
import { isOverdue } from '../deadline';
import { hashDefinition } from '../definition';
import { step } from '../step';
import { disputeMediation } from '../templates';
import { DISPUTE_STOPS, disputeMediationV2, disputePlanV1toV2 } from '../testing';
import type { CaseRecord, MigrationPlan } from '../types';
import { migrateCase } from './index';
import { actors, caseAt, system } from './migrationFixtures';

const v1 = disputeMediation;
const v2 = disputeMediationV2();
const plan = disputePlanV1toV2;
const cal = calendarFor();
const migrate = (
  c: ReturnType<typeof caseAt>,
  now: Date | string = new Date(c.at.getTime() + 3_600_000),
  p: MigrationPlan = plan,
) => migrateCase(v1, v2, p, c.case, now, { history: c.history, locale: 'en' });
const moved = (result: ReturnType<typeof migrate>): CaseRecord => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.case;
};

describe('migrateCase', () => {
  it('moves a case from every running stage onto version 2, where it keeps working', () => {
    const expected: Record<string, string[]> = {
      registered: ['registered'],
      investigating: ['investigating'],
      sessions: ['mediation.sessions'],
      joint: ['mediation.joint.lead.working', 'mediation.joint.assisting.working'],
      jointLeadDone: ['mediation.joint.lead.done', 'mediation.joint.assisting.working'],
      agreed: ['agreed'],
      judicialConfirmation: ['judicialConfirmation'],
      failed: ['failed'],
      followUp: ['followUp'],
    };
    for (const stop of DISPUTE_STOPS.filter((s) => s !== 'resolved')) {
      const before = caseAt(stop);
      const result = migrate(before);
      const after = moved(result);
      expect(after.stages, stop).toEqual(expected[stop]?.map((s) => `dispute-mediation.${s}`));
      expect(after.stages, stop).toEqual(before.case.stages);
      expect(after.definition).toEqual({ id: v2.id, version: 2, hash: hashDefinition(v2) });
      expect(after.version).toBe(before.case.version + 1);
      expect(after.context).toEqual(before.case.context);
      const [history] = result.ok ? result.effects : [];
      expect(history).toMatchObject({
        type: 'history',
        entry: {
          action: 'case.migrate',
          seq: after.version,
          from: before.case.stages,
          to: after.stages,
          migration: { planId: plan.id, fromVersion: 1, toVersion: 2 },
        },
      });
    }
    const investigating = moved(migrate(caseAt('investigating')));
    const next = step(
      v2,
      investigating,
      { type: 'recordFacts', data: { facts: '已查明' }, actor: actors.mediator },
      '2026-03-03T01:00:00.000Z',
    );
    expect(next.ok && next.case.stages).toEqual(['dispute-mediation.verifying']);
  });

  it('refuses closed cases, cases of another version and unmapped stages, changing nothing', () => {
    const closed = migrate(caseAt('resolved'));
    expect(closed.ok || closed.error.code).toBe('case.closed');
    const onV2 = moved(migrate(caseAt('registered')));
    const again = migrateCase(v1, v2, plan, onV2, '2026-03-04T00:00:00.000Z');
    expect(again.ok || again.error.code).toBe('case.definitionMismatch');
    const { failed: _f, ...states } = plan.states;
    const unmapped = migrate(caseAt('failed'), undefined, { ...plan, states });
    expect(unmapped.ok || unmapped.error.code).toBe('migration.stateUnmapped');
    expect(unmapped.migration).toMatchObject({ ok: false, caseId: 'D-failed' });
  });

  it('refuses a case lacking data the new stage needs (v2 requires the mediator on accepting)', () => {
    const result = migrate(caseAt('investigating', { mediatorId: false }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('migration.requiredDataMissing');
    expect(result.error.details).toEqual({
      state: 'investigating',
      title: 'Investigating',
      fields: ['mediatorId'],
    });
    expect(result.error.message).toBe(
      'The new stage "Investigating" (investigating) needs data the case lacks: mediatorId',
    );
    expect(migrate(caseAt('registered', { mediatorId: false })).ok).toBe(true);
  });

  it('refuses parallel stages that map apart, and a move onto data the case holds', () => {
    const { mediation: _m, ...rest } = plan.states;
    const apart = {
      ...rest,
      'mediation.sessions': 'mediation',
      'mediation.joint.lead': 'agreed',
      'mediation.joint.assisting': 'failed',
    };
    const result = migrate(caseAt('joint'), undefined, { ...plan, states: apart });
    expect(result.ok || result.error.code).toBe('migration.regionsConflict');
    const occupied = migrate(caseAt('sessions'), undefined, {
      ...plan,
      fields: [{ from: 'facts', to: 'summary' }],
    });
    expect(occupied.ok || occupied.error).toMatchObject({
      code: 'migration.fieldOccupied',
      details: { from: 'facts', to: 'summary' },
    });
  });

  it('moves fields together and records their names, never their values', () => {
    const result = migrate(caseAt('sessions'), undefined, {
      ...plan,
      fields: [
        { from: 'facts', to: 'investigation.facts' },
        { from: 'sessionSummary', to: 'facts' },
      ],
    });
    const after = moved(result);
    expect(after.context.data.facts).toBe('第一次调解');
    expect(after.context.data.investigation).toEqual({ facts: '双方对边界有争议' });
    expect(after.context.data.sessionSummary).toBeUndefined();
    const entry = result.ok ? result.effects[0] : undefined;
    expect(entry?.type === 'history' && entry.entry.changes).toBe(undefined);
    expect(entry?.type === 'history' && entry.entry.migration?.fields).toHaveLength(2);
  });
});

describe('migrateCase deadlines', () => {
  const entered = (c: ReturnType<typeof caseAt>, stateId: string) =>
    c.history.findLast((e) => e.to.includes(stateId) && !e.from.includes(stateId))?.at as string;

  it('keeps a 1:1 stage’s clock: the new 3 working days count from entering the old stage', () => {
    const before = caseAt('investigating');
    const since = entered(before, 'dispute-mediation.investigating');
    const result = migrate(before);
    const after = moved(result);
    expect(after.deadlines.map((d) => [d.kind, d.dueAt])).toEqual([
      ['warn', cal.addWorkingDays(since, 2).toISOString()],
      ['breach', cal.addWorkingDays(since, 3).toISOString()],
    ]);
    expect(result.migration.ok && result.migration.clocks).toEqual({
      'dispute-mediation.investigating': { from: since, kept: true },
    });
    const effects = result.ok ? result.effects.map((e) => e.type) : [];
    expect(effects).toEqual([
      'history',
      'deadline.cancel',
      'deadline.cancel',
      'deadline.set',
      'deadline.set',
    ]);
  });

  it('makes a case overdue at once when the shorter new limit has passed since it entered', () => {
    const before = caseAt('investigating');
    const since = entered(before, 'dispute-mediation.investigating');
    const late = cal.addWorkingDays(since, 4);
    const after = moved(migrate(before, late));
    expect(after.deadlines).toEqual([
      expect.objectContaining({
        kind: 'breach',
        level: 0,
        dueAt: cal.addWorkingDays(since, 3).toISOString(),
      }),
    ]);
    expect(isOverdue(after, late)).toBe(true);
  });

  it('restarts the clock where old stages merge into one new stage', () => {
    const states = { ...plan.states, investigating: 'registered' };
    const before = caseAt('investigating');
    const now = new Date(before.at.getTime() + 3_600_000);
    const result = migrate(before, now, { ...plan, states });
    expect(moved(result).deadlines.map((d) => d.dueAt)).toEqual([
      cal.addWorkingDays(now, 2).toISOString(),
      cal.addWorkingDays(now, 3).toISOString(),
    ]);
    expect(
      result.migration.ok && result.migration.clocks['dispute-mediation.registered']?.kept,
    ).toBe(false);
  });

  it('carries a breach that already fired: still overdue, only the next repeat level is set', () => {
    const before = caseAt('sessions');
    const breach = before.case.deadlines.find((d) => d.kind === 'breach');
    const fired = step(
      v1,
      before.case,
      { type: 'deadline.fire', deadlineId: breach?.id, actor: system },
      breach?.dueAt as string,
    );
    if (!fired.ok) throw new Error(fired.error.code);
    const history = [
      ...before.history,
      ...fired.effects.flatMap((e) => (e.type === 'history' ? [e.entry] : [])),
    ];
    const now = cal.addWorkingDays(breach?.dueAt as string, 7);
    const result = migrateCase(v1, v2, plan, fired.case, now, { history });
    const after = moved(result);
    expect(after.breaches).toEqual([
      { stateId: 'dispute-mediation.mediation', dueAt: breach?.dueAt },
    ]);
    expect(after.deadlines).toEqual([
      expect.objectContaining({
        kind: 'breach',
        level: 2,
        dueAt: cal.addWorkingDays(cal.addWorkingDays(breach?.dueAt as string, 5), 5).toISOString(),
      }),
    ]);
    expect(isOverdue(after, now)).toBe(true);
  });
});
