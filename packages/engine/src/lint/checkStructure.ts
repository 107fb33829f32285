import type { LintContext } from './lintContext';
import { type RawState, rec, resolveTarget, str, targetsOf } from './walk';

/** The machine has stages; `initial` present and valid on compound states; targets resolve. */
export function checkTargets(ctx: LintContext): void {
  const root = ctx.states[0];
  if (root && root.children.length === 0) ctx.report('machine.noStages', `${root.pointer}/states`);
  for (const state of ctx.states) {
    if (state.type !== 'compound' || state.children.length === 0) continue;
    const children = state.children.map((c) => c.key);
    const initial = str(state.node.initial);
    const name = ctx.stateName(state);
    if (initial === undefined)
      ctx.report('initial.missing', state.pointer, { state: name, children });
    else if (!children.includes(initial)) {
      ctx.report('initial.unknown', `${state.pointer}/initial`, { target: initial, children });
    }
  }
  for (const { tr, pointer, source } of ctx.transitions) {
    for (const target of targetsOf(tr)) {
      if (!resolveTarget(target, source, ctx.byId)) {
        ctx.report('target.unknown', `${pointer}/target`, { target });
      }
    }
  }
  for (const state of ctx.states) {
    const reopen = rec(rec(state.node.meta)?.reopen);
    if (!reopen) continue;
    if (state.type !== 'final') ctx.report('reopen.notFinal', `${state.pointer}/meta/reopen`);
    const target = str(reopen.target);
    const root = ctx.states[0];
    if (target && root && !resolveTarget(`.${target}`, root, ctx.byId)) {
      ctx.report('target.unknown', `${state.pointer}/meta/reopen/target`, { target });
    }
  }
}

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

/** Every state can be reached from the initial state. */
export function checkReachable(ctx: LintContext): void {
  const root = ctx.states[0];
  if (!root) return;
  const reached = new Set<RawState>();
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
  for (const state of ctx.states) {
    if (!reached.has(state) && state.type !== 'history') {
      ctx.report('state.unreachable', state.pointer, { state: ctx.stateName(state) });
    }
  }
}

const hasExit = (ctx: LintContext, s: RawState) =>
  ctx.transitions.some((t) => t.source === s && t.kind !== 'onDone');

/** Every non-final leaf (and every nested final's parent) has a way out. */
export function checkDeadEnds(ctx: LintContext): void {
  const wayOut = (s: RawState): boolean => {
    for (let at: RawState | undefined = s; at; at = at.parent) if (hasExit(ctx, at)) return true;
    return false;
  };
  const onDone = (s: RawState | undefined) => s?.node.onDone !== undefined;
  for (const state of ctx.states) {
    if (state.children.length || state.type === 'history' || !state.parent) continue;
    if (state.type !== 'final') {
      if (!wayOut(state))
        ctx.report('state.deadEnd', state.pointer, { state: ctx.stateName(state) });
      continue;
    }
    const parent = state.parent;
    if (!parent.parent) continue; // a top-level final state ends the case
    const completes =
      onDone(parent) || (parent.parent.type === 'parallel' && onDone(parent.parent));
    if (!completes && !wayOut(parent)) {
      ctx.report('state.deadEnd', parent.pointer, { state: ctx.stateName(parent) });
    }
  }
}

/** Deadlines: never on final states, warnings before breaches, breach events handled. */
export function checkDeadlines(ctx: LintContext): void {
  for (const state of ctx.states) {
    const deadline = rec(rec(state.node.meta)?.deadline);
    if (!deadline) continue;
    const pointer = `${state.pointer}/meta/deadline`;
    if (state.type === 'final')
      ctx.report('deadline.onFinal', pointer, { state: ctx.stateName(state) });
    const { within, warnBefore } = deadline;
    if (typeof within === 'number' && typeof warnBefore === 'number' && warnBefore >= within) {
      ctx.report('deadline.warnAfterBreach', `${pointer}/warnBefore`, { within, warnBefore });
    }
    const onBreach = Array.isArray(deadline.onBreach) ? deadline.onBreach : [];
    onBreach.forEach((rule, i) => {
      const event = str(rec(rule)?.event);
      if (rec(rule)?.type !== 'event' || !event) return;
      const handled = ctx.transitions.some(
        (t) => t.event === event && isAncestorOrDescendant(t.source, state),
      );
      if (!handled) {
        ctx.report('breach.unknownEvent', `${pointer}/onBreach/${i}/event`, {
          event,
          state: ctx.stateName(state),
        });
      }
    });
  }
}

function isAncestorOrDescendant(a: RawState, b: RawState): boolean {
  const within = (x: RawState, y: RawState) => {
    for (let at: RawState | undefined = x; at; at = at.parent) if (at === y) return true;
    return false;
  };
  return within(a, b) || within(b, a);
}
