import { formValidator } from '@gridcase/forms';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { hashDefinition } from '../definition';
import { AREA, flow, gridMember, police } from '../step/stepFixtures';
import type { CaseContext } from '../types';
import { activeEntries, compileDefinition, leafIds, stateEntries } from './index';

const context: CaseContext = {
  data: { minor: true },
  coHandlers: [],
  supervision: 0,
  reopenCount: 0,
};

describe('compileDefinition', () => {
  it('builds an xstate machine with the definition’s ids and meta', () => {
    const { machine, hash } = compileDefinition(flow, { validator: formValidator });
    expect(hash).toBe(hashDefinition(flow));
    expect(machine.id).toBe('mini-dispute');
    expect(machine.getStateNodeById('mini-dispute.joint.lead.working').meta).toEqual(
      flow.machine.states?.joint?.states?.lead?.states?.working?.meta,
    );
    const [snapshot] = initialTransition(machine, context);
    expect(snapshot.value).toBe('registered');
  });

  it('is cached per object and per hash', () => {
    const a = compileDefinition(flow, { validator: formValidator });
    expect(compileDefinition(flow, { validator: formValidator })).toBe(a);
    const copy = structuredClone(flow);
    expect(compileDefinition(copy, { validator: formValidator }).machine).toBe(a.machine);
    const changed = { ...structuredClone(flow), version: 2 };
    expect(compileDefinition(changed, { validator: formValidator }).machine).not.toBe(a.machine);
  });

  it('folds actor rules into the guards: xstate itself refuses the wrong actor', () => {
    const { machine } = compileDefinition(flow, { validator: formValidator });
    const [snapshot] = initialTransition(machine, context);
    const settle = (actor: typeof gridMember) =>
      transition(machine, snapshot, { type: 'settle', actor, areaPath: AREA })[0].value;
    expect(settle(police)).toBe('registered');
    expect(settle(gridMember)).toBe('resolved');
  });

  it('returns entry and exit markers from the pure transition', () => {
    const { machine } = compileDefinition(flow, { validator: formValidator });
    const [snapshot, entry] = initialTransition(machine, context);
    expect(entry.map((a) => [a.type, (a.params as { id?: string })?.id])).toContainEqual([
      'gridcase.enter',
      'mini-dispute.registered',
    ]);
    const [, actions] = transition(machine, snapshot, {
      type: 'triage',
      data: { agencies: [] },
      actor: police,
      areaPath: AREA,
    });
    const types = actions.map((a) => `${a.type} ${(a.params as { id?: string })?.id ?? ''}`.trim());
    expect(types[0]).toBe('gridcase.exit mini-dispute.registered');
    expect(types).toContain('gridcase.enter mini-dispute.joint');
  });
});

describe('the state tree', () => {
  it('lists states parents first and finds the active ones deepest first', () => {
    expect(
      stateEntries(flow.machine)
        .map((e) => e.id)
        .slice(0, 3),
    ).toEqual(['mini-dispute', 'mini-dispute.registered', 'mini-dispute.joint']);
    const value = { joint: { lead: 'working', assisting: 'done' } };
    expect(activeEntries(flow, value).map((e) => e.id)).toEqual([
      'mini-dispute.joint.lead.working',
      'mini-dispute.joint.lead',
      'mini-dispute.joint.assisting.done',
      'mini-dispute.joint.assisting',
      'mini-dispute.joint',
      'mini-dispute',
    ]);
    expect(leafIds(flow, value)).toEqual([
      'mini-dispute.joint.lead.working',
      'mini-dispute.joint.assisting.done',
    ]);
    expect(() => activeEntries(flow, 'nowhere')).toThrow(RangeError);
  });
});
