import type { LintContext } from './lintContext';
import { rec } from './walk';

/**
 * The citizen channel (`meta.public`): its form exists, reports land in the machine's first
 * stage, and a low rating has a reopen rule to feed.
 *
 * @example
 * ```ts
 * checkPublic(ctx); // reports public.formMissing, public.triageNotInitial, ...
 * ```
 */
export function checkPublic(ctx: LintContext): void {
  const channel = rec(rec(ctx.doc.meta)?.public);
  if (!channel) return;
  if (typeof channel.form === 'string' && !Object.hasOwn(ctx.forms, channel.form)) {
    ctx.report('public.formMissing', '/meta/public/form', {
      form: channel.form,
      known: Object.keys(ctx.forms),
    });
  }
  const machine = rec(ctx.doc.machine);
  const initial = typeof machine?.initial === 'string' ? machine.initial : undefined;
  const stage = typeof channel.triageStage === 'string' ? channel.triageStage : initial;
  if (stage && initial && stage !== initial) {
    ctx.report('public.triageNotInitial', '/meta/public/triageStage', { stage, initial });
  }
  const atMost = typeof channel.lowRatingAtMost === 'number' ? channel.lowRatingAtMost : 2;
  const reopens = ctx.states.some((s) => s.type === 'final' && rec(rec(s.node.meta)?.reopen));
  if (atMost > 0 && !reopens) ctx.report('public.noReopen', '/meta/public', { atMost });
}
