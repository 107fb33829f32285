// Test helper: every path through a template with @xstate/graph. Not exported.
import { formValidator } from '@gridcase/forms';
import { getShortestPaths } from '@xstate/graph';
import type { CaseEvent } from '../catalog';
import { activeEntries, asList, compileDefinition, stateEntries } from '../compile';
import type { WorkflowDefinition } from '../types';

const system = { userId: 'graph', roles: [], system: true };
const areaPath = ['county', 'town', 'village', 'grid'];

/** Every event type a definition's states name. */
export function eventTypes(definition: WorkflowDefinition): string[] {
  const types = new Set<string>();
  for (const { node } of stateEntries(definition.machine)) {
    for (const [type, transitions] of Object.entries(node.on ?? {})) {
      if (asList(transitions).length) types.add(type);
    }
  }
  return [...types];
}

/**
 * The shortest path to every reachable state value, sending each event type with each sample
 * payload (default: one empty payload) as the system actor. States are told apart by their
 * value only, so loops (reopen) terminate.
 */
export function reachable(
  definition: WorkflowDefinition,
  samples: Record<string, Record<string, unknown>[]> = {},
) {
  const { machine } = compileDefinition(definition, { validator: formValidator });
  const events: CaseEvent[] = eventTypes(definition).flatMap((type) =>
    (samples[type] ?? [{}]).map((data) => ({ type, data, actor: system, areaPath })),
  );
  const paths = getShortestPaths(machine, {
    events,
    input: { data: {}, coHandlers: [], supervision: 0, reopenCount: 0 },
    serializeState: (snapshot) => JSON.stringify(snapshot.value),
  });
  const stateIds = new Set<string>();
  const outcomes = new Set<string>();
  for (const path of paths) {
    for (const entry of activeEntries(definition, path.state.value)) stateIds.add(entry.id);
    if (path.state.status === 'done' && path.state.context.outcome) {
      outcomes.add(path.state.context.outcome);
    }
  }
  return { paths, stateIds, outcomes };
}
