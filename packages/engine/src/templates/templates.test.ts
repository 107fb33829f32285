import { describe, expect, it } from 'vitest';
import { stateEntries } from '../compile';
import { validateDefinition } from '../definition';
import { lintDefinition } from '../lint';
import { createCase } from '../step';
import type { WorkflowDefinition } from '../types';
import { TEMPLATES } from './index';

const finalOutcomes = (definition: WorkflowDefinition) =>
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
