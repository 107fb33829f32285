import { describe, expect, it } from 'vitest';
import { stateEntries } from '../compile';
import { validateDefinition } from '../definition';
import { disputeMediation, hazardRectification, TEMPLATES } from './index';
import { reachable } from './templatePaths';

const finalOutcomes = (definition: typeof disputeMediation) =>
  stateEntries(definition.machine)
    .filter((e) => e.node.type === 'final' && e.node.meta?.outcome)
    .map((e) => e.node.meta?.outcome);

describe.each(Object.values(TEMPLATES))('template $id', (definition) => {
  it('fits the definition format', () => {
    expect(validateDefinition(definition)).toEqual({ ok: true, definition });
  });

  it('names every final outcome in its outcomes', () => {
    for (const outcome of finalOutcomes(definition)) {
      expect(definition.outcomes, String(outcome)).toHaveProperty(String(outcome));
    }
  });
});

describe('paths through the dispute mediation template', () => {
  const { stateIds, outcomes, paths } = reachable(disputeMediation, {
    settleOnSpot: [{ severity: 'minor' }],
    refer: [{ channel: 'litigation' }, { channel: 'arbitration' }],
    recordVisit: [
      { performed: true, satisfaction: 'satisfied' },
      { performed: true, satisfaction: 'dissatisfied' },
    ],
  });

  it('reach every state', () => {
    expect([...stateIds].sort()).toEqual(
      stateEntries(disputeMediation.machine)
        .map((e) => e.id)
        .sort(),
    );
    expect(paths.length).toBeGreaterThan(10);
  });

  it('reach every final outcome', () => {
    expect([...outcomes].sort()).toEqual(finalOutcomes(disputeMediation).sort());
  });

  it('need the guards’ data: no minor dispute, no settling on the spot; no litigation, no court', () => {
    const guarded = reachable(disputeMediation, { refer: [{ channel: 'arbitration' }] });
    expect(guarded.outcomes).not.toContain('settledOnSpot');
    expect(guarded.outcomes).not.toContain('referredToCourt');
    expect(guarded.outcomes).toContain('referredElsewhere');
  });
});

describe('paths through the hazard rectification template', () => {
  const { stateIds, outcomes } = reachable(hazardRectification, {
    issueNotice: [{ level: 'major' }, { level: 'general' }],
  });

  it('reach every state', () => {
    expect([...stateIds].sort()).toEqual(
      stateEntries(hazardRectification.machine)
        .map((e) => e.id)
        .sort(),
    );
  });

  it('reach every final outcome', () => {
    expect([...outcomes].sort()).toEqual(finalOutcomes(hazardRectification).sort());
  });
});
