import { describe, expect, it } from 'vitest';
import { stateEntries } from '../compile';
import { validateDefinition } from '../definition';
import { lintDefinition } from '../lint';
import { createCase } from '../step';
import { disputeMediation, hazardRectification, TEMPLATES } from './index';
import { reachable } from './templatePaths';

const finalOutcomes = (definition: typeof disputeMediation) =>
  stateEntries(definition.machine)
    .filter((e) => e.node.type === 'final' && e.node.meta?.outcome)
    .map((e) => e.node.meta?.outcome);

const publicData: Record<string, Record<string, unknown>> = {
  'dispute-mediation': { summary: '楼道堆物', category: 'neighbour', reporterPhone: '13800138000' },
  'hazard-rectification': {
    title: '电动车楼道充电',
    category: 'fire',
    location: { address: '1栋' },
  },
};

describe.each(Object.values(TEMPLATES))('template $id', (definition) => {
  it('fits the definition format', () => {
    expect(validateDefinition(definition)).toEqual({ ok: true, definition });
  });

  it('is lint-clean', () => {
    expect(lintDefinition(definition)).toEqual([]);
  });

  it('carries a closed citizen channel whose reports land in the first stage', () => {
    const channel = definition.meta?.public;
    expect(channel).toMatchObject({ enabled: false, triageStage: definition.machine.initial });
    expect(definition.forms).toHaveProperty(String(channel?.form));
    const result = createCase(
      definition,
      {
        id: 'P-1',
        countyId: 'c1',
        areaPath: ['c1', 't1', 'v1', 'g1'],
        data: publicData[definition.id],
        form: channel?.form,
        actor: { userId: 'citizen', roles: [], system: true },
      },
      new Date('2026-03-02T01:00:00Z'),
    );
    expect(result.ok && result.case.stages).toEqual([
      `${definition.machine.id}.${definition.machine.initial}`,
    ]);
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
