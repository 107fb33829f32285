import type { StateEntry } from '../compile';
import type { HistoryEntry, WorkflowDefinition } from '../types';
import { pathOf, runningLeaves } from './stateMap';

/** Ids of the states active with these leaves (the leaves and their ancestors) known to `states`. */
function activeIds(states: Map<string, StateEntry>, leaves: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of leaves) {
    for (let at = states.get(id); at; at = at.parent) out.add(at.id);
  }
  return out;
}

/**
 * When the case entered the state `stateId` for the last time: the latest history entry that
 * moved it in (a migration entry keeps the clock it recorded). `undefined` when the history
 * does not show it.
 *
 * @example
 * ```ts
 * stageEnteredAt(oldStates, 'dispute-mediation.mediation', history); // '2026-03-04T02:00:00.000Z'
 * ```
 */
export function stageEnteredAt(
  states: Map<string, StateEntry>,
  stateId: string,
  history: readonly HistoryEntry[],
): string | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i] as HistoryEntry;
    const to = activeIds(states, entry.to);
    if (!to.has(stateId)) return undefined;
    if (entry.migration) return entry.migration.clocks?.[stateId]?.from ?? entry.at;
    if (!activeIds(states, entry.from).has(stateId)) return entry.at;
  }
  return undefined;
}

/**
 * The old state a new stage continues 1:1, if any: the old active state whose running leaves
 * are exactly the old leaves the plan sends into the new stage. A stage split off from an old
 * one continues it only if no other old stage feeds it; a merge of two old stages continues
 * their common parent only when that parent held nothing else.
 *
 * @example
 * ```ts
 * continuedStage(v1, oldActive, intoStage); // the v1 entry of `investigating`, or undefined
 * ```
 */
export function continuedStage(
  from: WorkflowDefinition,
  oldActive: readonly StateEntry[],
  preimage: ReadonlySet<string>,
): StateEntry | undefined {
  if (preimage.size === 0) return undefined;
  const leaves = runningLeaves(from).map(pathOf);
  const under = (entry: StateEntry) => {
    const p = pathOf(entry);
    return leaves.filter((l) => l === p || l.startsWith(`${p}.`));
  };
  // outermost first: a stage's clock counts from entering the stage as a whole
  for (const entry of [...oldActive].reverse()) {
    if (!entry.parent) continue;
    const mine = under(entry);
    if (mine.length === preimage.size && mine.every((l) => preimage.has(l))) return entry;
  }
  return undefined;
}

/** Whether a new state (by path) lies in the subtree of `stage` (itself included). */
export const insideStage = (stage: StateEntry, path: string): boolean =>
  path === pathOf(stage) || path.startsWith(`${pathOf(stage)}.`);
