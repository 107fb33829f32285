import { describe, expect, it } from 'vitest';
import { disputeMediation } from '../templates';
import { disputeMediationV2, disputePlanV1toV2 } from '../testing';
import { checkPlan, migrateCase, migrationTally } from './index';
import { caseAt } from './migrationFixtures';

const v2 = disputeMediationV2();

describe('migrationTally', () => {
  it('counts cases per move, per failure and per unmapped state', () => {
    const { failed: _f, ...states } = disputePlanV1toV2.states;
    const plan = { ...disputePlanV1toV2, states };
    const tally = migrationTally(disputeMediation, checkPlan(disputeMediation, v2, plan, 'en'));
    const cases = [
      caseAt('investigating', { id: 'a' }),
      caseAt('investigating', { id: 'b' }),
      caseAt('investigating', { id: 'c', mediatorId: false }),
      caseAt('failed', { id: 'd' }),
      caseAt('registered', { id: 'e' }),
    ];
    for (const c of cases) {
      const now = new Date(c.at.getTime() + 60_000);
      tally.add(
        migrateCase(disputeMediation, v2, plan, c.case, now, { history: c.history, locale: 'en' })
          .migration,
      );
    }
    const summary = tally.summary();
    expect(summary).toMatchObject({ total: 5, migratable: 3, failing: 2, complete: false });
    expect(summary.unmapped).toEqual([
      { state: 'failed', title: { 'zh-CN': '调解不成', en: 'Mediation failed' }, cases: 1 },
    ]);
    expect(summary.groups.map((g) => [g.to, g.cases, g.clocksKept])).toEqual([
      [['dispute-mediation.investigating'], 2, 2],
      [['dispute-mediation.registered'], 1, 1],
    ]);
    expect(summary.failures.map((f) => [f.code, f.caseIds])).toEqual([
      ['migration.requiredDataMissing', ['c']],
      ['migration.stateUnmapped', ['d']],
    ]);
  });
});
