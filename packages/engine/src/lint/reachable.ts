import { formValidator, type LocalizedText } from '@gridcase/forms';
import { escapePointer } from '../compile';
import { LintContext } from './lintContext';
import { type RawState, rec, resolveTarget, str, targetsOf } from './walk';

/** Marks a state entered: its ancestors, the default descendants, parallel siblings. */
function enter(state: RawState, reached: Set<RawState>): void {
  const down = (s: RawState) => {
    if (reached.has(s)) return;
    reached.add(s);
    if (s.type === 'parallel') s.children.forEach(down);
    else if (s.type === 'compound') {
      const initial = s.children.find((c) => c.key === str(s.node.initial));
      if (initial) down(initial);
    }
  };
  down(state);
  for (let child = state, parent = state.parent; parent; child = parent, parent = parent.parent) {
    reached.add(parent);
    if (parent.type === 'parallel') for (const c of parent.children) if (c !== child) down(c);
  }
}

/**
 * The states a case can get into from the initial state by following targets and reopen rules,
 * guards aside (a guard never makes a stage reachable; it can only make one harder to reach).
 */
export function reachedStates(ctx: LintContext): Set<RawState> {
  const reached = new Set<RawState>();
  const root = ctx.states[0];
  if (!root) return reached;
  enter(root, reached);
  for (let grew = true; grew; ) {
    const before = reached.size;
    for (const { tr, source } of ctx.transitions) {
      if (!reached.has(source)) continue;
      for (const target of targetsOf(tr)) {
        const to = resolveTarget(target, source, ctx.byId);
        if (to) enter(to, reached);
      }
    }
    for (const state of [...reached]) {
      const target = str(rec(rec(state.node.meta)?.reopen)?.target);
      const to = target ? resolveTarget(`.${target}`, root, ctx.byId) : undefined;
      if (to) enter(to, reached);
    }
    grew = reached.size > before;
  }
  return reached;
}

/** The outcomes a list of action refs sets with `setOutcome`. */
function outcomesSet(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list
    .map(rec)
    .filter((a) => a?.type === 'setOutcome')
    .map((a) => str(rec(a?.params)?.outcome))
    .filter((o): o is string => o !== undefined);
}

/**
 * The declared outcomes (`outcomes`) no case can end with: neither a reachable final stage's
 * `meta.outcome` nor a `setOutcome` action of a reachable stage or transition names them.
 */
export function unreachableOutcomes(ctx: LintContext, reached: Set<RawState>): string[] {
  const produced = new Set<string>();
  for (const state of reached) {
    const outcome = str(rec(state.node.meta)?.outcome);
    if (outcome && state.type === 'final') produced.add(outcome);
    for (const o of [...outcomesSet(state.node.entry), ...outcomesSet(state.node.exit)]) {
      produced.add(o);
    }
  }
  for (const { tr, source } of ctx.transitions) {
    if (reached.has(source)) for (const o of outcomesSet(tr.actions)) produced.add(o);
  }
  return Object.keys(rec(ctx.doc.outcomes) ?? {}).filter((o) => !produced.has(o));
}

/** What {@link findUnreachable} reports: stages and outcomes no case can get to. */
export interface Unreachable {
  states: { id: string; path: string[]; pointer: string; title?: LocalizedText }[];
  outcomes: { id: string; pointer: string; title?: LocalizedText }[];
}

/**
 * The stages and declared outcomes of a definition that no case can ever reach (the lint codes
 * `state.unreachable` and `outcome.unreachable`), with their titles: what the server names when
 * it refuses to publish (`definition.unreachable`). Tolerates malformed input (reports nothing
 * it cannot read).
 *
 * @example
 * ```ts
 * const { states, outcomes } = findUnreachable(draft);
 * for (const s of states) console.log(s.path.join('.'), s.title?.['zh-CN']);
 * ```
 */
export function findUnreachable(definition: unknown): Unreachable {
  const ctx = new LintContext(rec(definition) ?? {}, 'zh-CN', formValidator);
  const reached = reachedStates(ctx);
  const declared = rec(ctx.doc.outcomes) ?? {};
  const titled = (v: unknown) => {
    const title = rec(v) as LocalizedText | undefined;
    return title ? { title } : {};
  };
  return {
    states: ctx.states
      .filter((s) => !reached.has(s) && s.type !== 'history')
      .map((s) => ({
        id: s.id,
        path: s.path,
        pointer: s.pointer,
        ...titled(rec(s.node.meta)?.title),
      })),
    outcomes: unreachableOutcomes(ctx, reached).map((id) => ({
      id,
      pointer: `/outcomes/${escapePointer(id)}`,
      ...titled(rec(declared[id])?.title),
    })),
  };
}
