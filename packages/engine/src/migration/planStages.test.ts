import { describe, expect, it } from 'vitest';
import { disputeMediation } from '../templates';
import { DISPUTE_STOPS, disputeMediationV2, disputePlanV1toV2 } from '../testing';
import { checkPlan, migrateCase, planStages, planTargets } from './index';
import { caseAt } from './migrationFixtures';

const v1 = disputeMediation;
const v2 = disputeMediationV2();

describe('planStages / planTargets', () => {
  it('lists the stages a running case can sit in, not closing finals', () => {
    const stages = planStages(v1);
    expect(stages).toContain('registered');
    expect(stages).toContain('mediation.sessions');
    expect(stages).toContain('mediation.joint.lead.done');
    expect(stages).not.toContain('mediation');
    expect(stages).not.toContain('referredToCourt');
    expect(planStages(v2)).toContain('verifying');
  });

  it('resolves a mapped ancestor to the same-named sub-stages, leaf by leaf', () => {
    const targets = planTargets(v1, v2, disputePlanV1toV2);
    expect(Object.keys(targets)).toEqual(planStages(v1));
    expect(targets['mediation.joint.assisting.done']).toBe('mediation.joint.assisting.done');
    expect(targets.investigating).toBe('investigating');
    expect(checkPlan(v1, v2, { id: 'leaves', states: targets })).toEqual([]);
  });

  it('leaves out stages the plan does not cover', () => {
    const { investigating: _i, ...states } = disputePlanV1toV2.states;
    const targets = planTargets(v1, v2, { id: 'p', states });
    expect(targets.investigating).toBeUndefined();
    expect(targets.registered).toBe('registered');
  });

  it('a plan written leaf by leaf (as the plan editor emits it) moves every case as the plan does', () => {
    const leafPlan = { ...disputePlanV1toV2, states: planTargets(v1, v2, disputePlanV1toV2) };
    for (const stop of DISPUTE_STOPS) {
      const c = caseAt(stop, { id: `D-${stop}` });
      const now = new Date(c.at.getTime() + 60_000);
      const move = (plan: typeof leafPlan) =>
        migrateCase(v1, v2, plan, c.case, now, { history: c.history }).migration;
      expect(move(leafPlan), stop).toEqual(move(disputePlanV1toV2));
    }
  });
});
