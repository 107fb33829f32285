import type {
  ActorRule,
  MachineConfig,
  StateNodeConfig,
  TransitionConfig,
  WorkflowDefinition,
} from '../types';

/** One state node of a definition with where it sits. */
export interface StateEntry {
  node: StateNodeConfig;
  /** Keys from the root: `['mediation', 'sessions']`; `[]` for the root. */
  path: string[];
  /** The xstate id: `${machine.id}.${path.join('.')}` unless the node sets its own `id`. */
  id: string;
  parent: StateEntry | undefined;
}

/** The transitions of one event (or `always` / `onDone`) as a list. */
export function asList(
  value: TransitionConfig | TransitionConfig[] | undefined,
): TransitionConfig[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

const pathCache = new WeakMap<WorkflowDefinition, Map<string, StateEntry>>();
/** The state entries of a definition by path, built once per definition object. */
function entriesByPath(definition: WorkflowDefinition): Map<string, StateEntry> {
  let byPath = pathCache.get(definition);
  if (!byPath) {
    byPath = new Map(stateEntries(definition.machine).map((e) => [e.path.join('\u0000'), e]));
    pathCache.set(definition, byPath);
  }
  return byPath;
}

/** Every state node of a machine config, parents before children, in document order. */
export function stateEntries(machine: MachineConfig): StateEntry[] {
  const out: StateEntry[] = [];
  const visit = (node: StateNodeConfig, path: string[], parent: StateEntry | undefined) => {
    const id = path.length === 0 ? machine.id : (node.id ?? [machine.id, ...path].join('.'));
    const entry: StateEntry = { node, path, id, parent };
    out.push(entry);
    for (const [key, child] of Object.entries(node.states ?? {})) {
      visit(child, [...path, key], entry);
    }
  };
  visit(machine, [], undefined);
  return out;
}

/** The JSON pointer of a state node inside the definition document. */
export function statePointer(path: string[]): string {
  return ['/machine', ...path.map((p) => `states/${escapePointer(p)}`)].join('/');
}

/** Escapes one JSON pointer segment. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Who may take a transition: its own `meta.actors`, else those of its source state or the
 * nearest ancestor that names some.
 */
export function effectiveActors(
  transition: TransitionConfig,
  source: StateEntry,
): ActorRule[] | undefined {
  if (transition.meta?.actors) return transition.meta.actors;
  for (let at: StateEntry | undefined = source; at; at = at.parent) {
    if (at.node.meta?.actors) return at.node.meta.actors;
  }
  return undefined;
}

/**
 * The active state nodes for an xstate state value, deepest first (children before their
 * parent, document order among siblings): the order xstate looks for transitions in.
 */
export function activeEntries(definition: WorkflowDefinition, value: unknown): StateEntry[] {
  const byPath = entriesByPath(definition);
  const out: StateEntry[] = [];
  const visit = (v: unknown, path: string[]) => {
    const self = byPath.get(path.join('\u0000'));
    if (!self) throw new RangeError(`unknown state ${path.join('.')}`);
    if (typeof v === 'string') {
      const child = byPath.get([...path, v].join('\u0000'));
      if (!child) throw new RangeError(`unknown state ${[...path, v].join('.')}`);
      out.push(child);
    } else if (v && typeof v === 'object') {
      for (const [key, sub] of Object.entries(v)) visit(sub, [...path, key]);
    }
    out.push(self);
  };
  visit(value, []);
  return out;
}

/** The ids of the active leaf states for a state value, in document order. */
export function leafIds(definition: WorkflowDefinition, value: unknown): string[] {
  const active = activeEntries(definition, value);
  const parents = new Set(active.map((e) => e.parent));
  return active.filter((e) => !parents.has(e)).map((e) => e.id);
}
