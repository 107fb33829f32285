import { escapePointer } from '../compile';

/** A JSON object as the linter sees it: anything may be missing or of the wrong type. */
export type Rec = Record<string, unknown>;

export const rec = (v: unknown): Rec | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** One state node of the (possibly malformed) document. */
export interface RawState {
  key: string;
  path: string[];
  id: string;
  pointer: string;
  node: Rec;
  parent: RawState | undefined;
  children: RawState[];
  type: string;
}

/** One transition of the document. */
export interface RawTransition {
  /** The event name; `null` for `always` and `onDone`. */
  event: string | null;
  kind: 'on' | 'always' | 'onDone';
  pointer: string;
  tr: Rec;
  source: RawState;
}

/** Every state node, parents first. */
export function rawStates(machine: Rec): RawState[] {
  const machineId = str(machine.id) ?? 'machine';
  const out: RawState[] = [];
  const visit = (node: Rec, key: string, path: string[], pointer: string, parent?: RawState) => {
    const states = rec(node.states);
    const declared = str(node.type);
    const type = declared ?? (states && Object.keys(states).length ? 'compound' : 'atomic');
    const id = path.length === 0 ? machineId : (str(node.id) ?? [machineId, ...path].join('.'));
    const state: RawState = { key, path, id, pointer, node, parent, children: [], type };
    out.push(state);
    parent?.children.push(state);
    for (const [k, child] of Object.entries(states ?? {})) {
      const c = rec(child);
      if (c) visit(c, k, [...path, k], `${pointer}/states/${escapePointer(k)}`, state);
    }
  };
  visit(machine, machineId, [], '/machine');
  return out;
}

/** Every transition of every state, in document order. */
export function rawTransitions(states: RawState[]): RawTransition[] {
  const out: RawTransition[] = [];
  const list = (value: unknown, pointer: string) =>
    Array.isArray(value)
      ? value.map((v, i) => [rec(v), `${pointer}/${i}`] as const)
      : [[rec(value), pointer] as const];
  for (const source of states) {
    for (const [event, value] of Object.entries(rec(source.node.on) ?? {})) {
      for (const [tr, pointer] of list(value, `${source.pointer}/on/${escapePointer(event)}`)) {
        if (tr) out.push({ event, kind: 'on', pointer, tr, source });
      }
    }
    for (const kind of ['always', 'onDone'] as const) {
      if (source.node[kind] === undefined) continue;
      for (const [tr, pointer] of list(source.node[kind], `${source.pointer}/${kind}`)) {
        if (tr) out.push({ event: null, kind, pointer, tr, source });
      }
    }
  }
  return out;
}

/** The targets of a transition as strings. */
export function targetsOf(tr: Rec): string[] {
  const t = tr.target;
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Resolves a target the way xstate does: `#id.path` by id, `.child` below the source,
 * `sibling.child` below the source's parent.
 */
export function resolveTarget(
  target: string,
  source: RawState,
  byId: Map<string, RawState>,
): RawState | undefined {
  const descend = (from: RawState | undefined, keys: string[]) => {
    let at = from;
    for (const key of keys) at = at?.children.find((c) => c.key === key);
    return at;
  };
  if (target.startsWith('#')) {
    const rest = target.slice(1);
    // longest id prefix wins: `#dispute.mediation.sessions`
    const parts = rest.split('.');
    for (let n = parts.length; n > 0; n--) {
      const hit = byId.get(parts.slice(0, n).join('.'));
      if (hit) return descend(hit, parts.slice(n));
    }
    return undefined;
  }
  if (target.startsWith('.')) return descend(source, target.slice(1).split('.'));
  return source.parent ? descend(source.parent, target.split('.')) : undefined;
}
