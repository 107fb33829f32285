import { type StateEntry, stateEntries } from '../compile';
import type { MigrationPlan, WorkflowDefinition } from '../types';

const byPathCache = new WeakMap<WorkflowDefinition, Map<string, StateEntry>>();

/** A state's path as plans write it: keys from the root joined by dots (`mediation.sessions`). */
export const pathOf = (entry: StateEntry): string => entry.path.join('.');

/** The state entries of a definition by dotted path (the root is `''`). */
export function entriesByPath(definition: WorkflowDefinition): Map<string, StateEntry> {
  let map = byPathCache.get(definition);
  if (!map) {
    map = new Map(stateEntries(definition.machine).map((e) => [pathOf(e), e]));
    byPathCache.set(definition, map);
  }
  return map;
}

const childrenOf = (entry: StateEntry) => Object.keys(entry.node.states ?? {});

/** A final state right under the root: a case there is closed. */
export const closesCase = (entry: StateEntry): boolean =>
  entry.parent !== undefined && entry.parent.parent === undefined && entry.node.type === 'final';

/** A state a plan may name: any node but the root and history pseudo-states. */
export const isPlanState = (entry: StateEntry): boolean =>
  entry.parent !== undefined && entry.node.type !== 'history';

/**
 * The states a running case can sit in: leaves (atomic, and finals inside compound or parallel
 * stages), not the root's final states (a case there is closed) nor history pseudo-states.
 *
 * @example
 * ```ts
 * runningLeaves(disputeMediation).map(pathOf); // ['registered', 'investigating', 'mediation.sessions', ...]
 * ```
 */
export function runningLeaves(definition: WorkflowDefinition): StateEntry[] {
  return [...entriesByPath(definition).values()].filter(
    (e) => isPlanState(e) && childrenOf(e).length === 0 && !closesCase(e),
  );
}

/** The plan key that covers a state: its own path, else its nearest ancestor's. */
export function coveringKey(plan: MigrationPlan, entry: StateEntry): string | undefined {
  for (let at: StateEntry | undefined = entry; at?.parent; at = at.parent) {
    if (Object.hasOwn(plan.states, pathOf(at))) return pathOf(at);
  }
  return undefined;
}

/**
 * Where the plan sends a case sitting in `leaf`: the state its covering key maps to, or, when
 * the key is an ancestor of the leaf, the same-named sub-stage of that target (as deep as the
 * new version has it: `mediation` -> `mediation` keeps a case in `mediation.joint.lead.done`
 * there). `undefined` when nothing covers the leaf or the target is unknown.
 *
 * @example
 * ```ts
 * targetFor(plan, v1Leaf, entriesByPath(v2))?.path; // ['mediation', 'joint', 'lead', 'done']
 * ```
 */
export function targetFor(
  plan: MigrationPlan,
  leaf: StateEntry,
  newByPath: Map<string, StateEntry>,
): StateEntry | undefined {
  const key = coveringKey(plan, leaf);
  if (key === undefined) return undefined;
  const target = newByPath.get(plan.states[key] ?? '');
  if (!target) return undefined;
  const rest = leaf.path.slice(key.split('.').length);
  let at = target;
  for (const part of rest) {
    const child = newByPath.get([...at.path, part].join('.'));
    if (!child || child.node.type === 'history') break;
    at = child;
  }
  return at;
}

/** The leaves a case enters when it enters `entry` (initial children, every parallel region). */
export function enteredLeaves(entry: StateEntry, byPath: Map<string, StateEntry>): StateEntry[] {
  const keys = childrenOf(entry);
  if (keys.length === 0) return [entry];
  const child = (key: string) => byPath.get([...entry.path, key].join('.'));
  if (entry.node.type === 'parallel') {
    return keys.flatMap((k) => {
      const c = child(k);
      return c ? enteredLeaves(c, byPath) : [];
    });
  }
  const initial = child(entry.node.initial ?? keys[0] ?? '');
  return initial ? enteredLeaves(initial, byPath) : [entry];
}

/**
 * The state value a case has once it sits in every one of `targets` (entering each as a
 * transition would: compound targets at their initial stage, parallel ones in every region,
 * regions no target names at their initial stage), or `undefined` when the targets cannot hold
 * together: two different children of one non-parallel state.
 *
 * @example
 * ```ts
 * stateValueFor(v2, [byPath.get('mediation')!]); // { mediation: 'sessions' }
 * ```
 */
export function stateValueFor(
  definition: WorkflowDefinition,
  targets: StateEntry[],
): unknown | undefined {
  const byPath = entriesByPath(definition);
  const chosen = new Set(targets.flatMap((t) => enteredLeaves(t, byPath)).map(pathOf));
  const inside = (entry: StateEntry) => {
    const prefix = `${pathOf(entry)}.`;
    return [...chosen].some((p) => p === pathOf(entry) || p.startsWith(prefix));
  };
  let conflict = false;
  const valueAt = (entry: StateEntry): unknown => {
    const keys = childrenOf(entry);
    const child = (key: string) => byPath.get([...entry.path, key].join('.')) as StateEntry;
    if (entry.node.type === 'parallel') {
      return Object.fromEntries(keys.map((k) => [k, valueAt(child(k))]));
    }
    const hit = keys.filter((k) => inside(child(k)));
    if (hit.length > 1) conflict = true;
    const key = hit[0] ?? entry.node.initial ?? keys[0] ?? '';
    const next = child(key);
    return childrenOf(next).length === 0 ? key : { [key]: valueAt(next) };
  };
  const root = byPath.get('') as StateEntry;
  const value = valueAt(root);
  return conflict ? undefined : value;
}
