import { canonicalJson } from '../definition';
import type { LintContext } from './lintContext';
import { type RawState, rec, targetsOf } from './walk';

const RESERVED = ['deadline.fire', 'reopen'];

/** Who may act: the transition's actors, else the nearest stage's. */
function hasActors(tr: Record<string, unknown>, source: RawState): boolean {
  const own = rec(tr.meta)?.actors;
  if (Array.isArray(own)) return own.length > 0;
  for (let at: RawState | undefined = source; at; at = at.parent) {
    const actors = rec(at.node.meta)?.actors;
    if (Array.isArray(actors)) return actors.length > 0;
  }
  return false;
}

/** Duplicate and shadowed transitions, empty ones, missing actors, reserved names, reasons. */
export function checkTransitions(ctx: LintContext): void {
  const groups = new Map<string, typeof ctx.transitions>();
  for (const t of ctx.transitions) {
    const key = `${t.source.pointer}\u0000${t.kind}\u0000${t.event ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const list of groups.values()) {
    list.forEach((t, i) => {
      const event = t.event ?? t.kind;
      const earlier = list.slice(0, i);
      if (earlier.some((e) => e.tr.guard === undefined)) {
        ctx.report('transition.shadowed', t.pointer, { event });
      } else if (
        t.tr.guard !== undefined &&
        earlier.some((e) => canonicalJson(e.tr.guard) === canonicalJson(t.tr.guard))
      ) {
        ctx.report('transition.duplicate', t.pointer, { event });
      }
    });
  }
  for (const { event, kind, tr, pointer, source } of ctx.transitions) {
    const name = event ?? kind;
    const actions = Array.isArray(tr.actions) ? tr.actions : [];
    if (targetsOf(tr).length === 0 && actions.length === 0) {
      ctx.report('transition.empty', pointer, { event: name });
    }
    if (kind !== 'on' || event === null) continue;
    if (RESERVED.includes(event) || event.startsWith('xstate.')) {
      ctx.report('event.reserved', pointer, { event });
    }
    if (!hasActors(tr, source)) ctx.report('actors.missing', pointer, { event });
    const meta = rec(tr.meta);
    if ((meta?.verb === 'return' || meta?.verb === 'withdraw') && meta.requiresReason !== true) {
      ctx.report('verb.reasonMissing', `${pointer}/meta`, { event });
    }
  }
}
