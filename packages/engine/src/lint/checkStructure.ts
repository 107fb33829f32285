import { escapePointer } from '../compile';
import type { LintContext } from './lintContext';
import { unreachableOutcomes } from './reachable';
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

/** Every state can be reached from the initial state (see {@link reachedStates}). */
export function checkReachable(ctx: LintContext, reached: Set<RawState>): void {
  for (const state of ctx.states) {
    if (!reached.has(state) && state.type !== 'history') {
      ctx.report('state.unreachable', state.pointer, { state: ctx.stateName(state) });
    }
  }
}

/** Every declared outcome is the outcome of some reachable final stage or `setOutcome`. */
export function checkOutcomes(ctx: LintContext, reached: Set<RawState>): void {
  if (!ctx.states[0]?.children.length) return; // machine.noStages says it all
  for (const outcome of unreachableOutcomes(ctx, reached)) {
    ctx.report('outcome.unreachable', `/outcomes/${escapePointer(outcome)}`, { outcome });
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
