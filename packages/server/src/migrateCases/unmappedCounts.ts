import { gridcaseError, type StateNodeConfig, type WorkflowDefinition } from '@gridcase/engine';
import type { CaseStore } from '../store/types';
import type { LoadedMigration } from './loadMigration';
import { countRunning } from './runningCases';

/** The xstate id of the state at a dotted path (its own `id`, else `machine.path`). */
function stateIdAt(definition: WorkflowDefinition, path: string): string {
  const keys = path.split('.');
  let node: StateNodeConfig | undefined = definition.machine;
  for (const key of keys) node = node?.states?.[key];
  return node?.id ?? [definition.machine.id, ...keys].join('.');
}

/**
 * Refuses to apply an incomplete plan: `migration.planIncomplete` naming each unmapped state,
 * its title and how many running cases sit in it. Does nothing for a complete plan.
 *
 * @example
 * ```ts
 * await refuseIncomplete(store, loaded); // throws when loaded.unmapped is not empty
 * ```
 */
export async function refuseIncomplete(store: CaseStore, loaded: LoadedMigration): Promise<void> {
  if (loaded.unmapped.length === 0) return;
  const states = loaded.unmapped.map((i) => i.state ?? '');
  const ids = states.map((s) => stateIdAt(loaded.from.definition, s));
  const { byStage } = await countRunning(store, loaded, ids);
  const unmapped = states.map((state, i) => {
    const title = loaded.unmapped[i]?.message ?? state;
    return { state, cases: byStage.get(ids[i] as string) ?? 0, message: title };
  });
  throw gridcaseError('migration.planIncomplete', {
    count: unmapped.length,
    cases: unmapped.reduce((n, u) => n + u.cases, 0),
    unmapped,
  });
}
