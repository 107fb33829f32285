import {
  type RawState,
  rawStates,
  rawTransitions,
  rec,
  resolveTarget,
  targetsOf,
} from '../lint/walk';
import type { ActionRef, WorkflowDefinition } from '../types';

type Fields = ReadonlySet<string>;

const cache = new WeakMap<WorkflowDefinition, Map<string, Fields>>();

/** The required top-level fields of a form (none for an unknown form). */
function requiredOf(definition: WorkflowDefinition, formId: unknown): string[] {
  const form = typeof formId === 'string' ? definition.forms[formId] : undefined;
  const required = form?.schema.required;
  return Array.isArray(required) ? required.filter((f): f is string => typeof f === 'string') : [];
}

/** The fields a transition surely stores: its form's required ones that `storeData` keeps. */
function collected(definition: WorkflowDefinition, tr: Record<string, unknown>): string[] {
  const actions = Array.isArray(tr.actions) ? (tr.actions as ActionRef[]) : [];
  const store = actions.find((a) => a?.type === 'storeData') as
    | Extract<ActionRef, { type: 'storeData' }>
    | undefined;
  if (!store) return [];
  const required = requiredOf(definition, rec(tr.meta)?.form);
  const only = store.params?.fields;
  return only ? required.filter((f) => only.includes(f)) : required;
}

/** The states entered when a transition from `source` goes to `target`, outermost first. */
function enteredChain(source: RawState, target: RawState): RawState[] {
  const ancestors = new Set<RawState>();
  for (let at: RawState | undefined = source; at; at = at.parent) ancestors.add(at);
  const chain: RawState[] = [];
  for (let at: RawState | undefined = target; at && !ancestors.has(at); at = at.parent) {
    chain.unshift(at);
  }
  return chain.length ? chain : [target];
}

/**
 * The case data fields every case has when it sits in each state, had it come the normal way:
 * a must-analysis over the workflow (a fixpoint). A case opens with its start form's required
 * fields (and, when the citizen channel is open, only those the public form shares); each
 * transition adds the required fields of its form that `storeData` keeps; a state gets what
 * every way into it brings, plus what its enclosing states had (data is never removed). A
 * state no way reaches requires nothing. Keyed by state id.
 *
 * @example
 * ```ts
 * guaranteedData(disputeMediation).get('dispute-mediation.mediation'); // Set { 'summary', ..., 'facts' }
 * ```
 */
export function guaranteedData(definition: WorkflowDefinition): Map<string, Fields> {
  const known = cache.get(definition);
  if (known) return known;
  const states = rawStates(definition.machine as unknown as Record<string, unknown>);
  const byId = new Map(states.map((s) => [s.id, s]));
  const root = states[0] as RawState;
  const bySource = new Map<RawState, ReturnType<typeof rawTransitions>>();
  for (const t of rawTransitions(states))
    bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);
  const sets = new Map<RawState, Set<string>>();
  const queue: RawState[] = [];
  const meet = (state: RawState, fields: Iterable<string>) => {
    const incoming = new Set(fields);
    const current = sets.get(state);
    if (!current) sets.set(state, incoming);
    else {
      const before = current.size;
      for (const f of current) if (!incoming.has(f)) current.delete(f);
      if (current.size === before) return;
    }
    queue.push(state);
  };
  let start = requiredOf(definition, definition.startForm);
  const channel = definition.meta?.public;
  if (channel?.enabled) {
    const open = new Set(requiredOf(definition, channel.form));
    start = start.filter((f) => open.has(f));
  }
  meet(root, start);
  while (queue.length > 0) {
    const state = queue.shift() as RawState;
    const have = sets.get(state) as Set<string>;
    const children = state.children.filter((c) => c.type !== 'history');
    if (state.type === 'parallel') for (const c of children) meet(c, have);
    else if (children.length) {
      const initial = children.find((c) => c.key === state.node.initial) ?? children[0];
      if (initial) meet(initial, have);
    }
    for (const t of bySource.get(state) ?? []) {
      const brings = [...have, ...collected(definition, t.tr)];
      for (const target of targetsOf(t.tr)) {
        const to = resolveTarget(target, state, byId);
        if (to) for (const s of enteredChain(state, to)) meet(s, brings);
      }
    }
    const reopen = rec(rec(state.node.meta)?.reopen);
    if (reopen && typeof reopen.target === 'string') {
      const to = resolveTarget(`#${definition.machine.id}.${reopen.target}`, state, byId);
      if (to)
        for (const s of enteredChain(root, to))
          meet(s, [...have, ...requiredOf(definition, reopen.form)]);
    }
  }
  const out = new Map<string, Fields>();
  for (const state of states) {
    const own = new Set(sets.get(state) ?? []);
    for (let at = state.parent; at; at = at.parent) for (const f of sets.get(at) ?? []) own.add(f);
    out.set(state.id, sets.has(state) ? own : new Set());
  }
  cache.set(definition, out);
  return out;
}
