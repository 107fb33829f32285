import type { LintContext } from './lintContext';
import { rec } from './walk';

/** Reports a missing title, or a missing zh-CN or en text in it. */
function checkText(ctx: LintContext, text: unknown, pointer: string): void {
  ctx.covered.push(pointer);
  const t = rec(text);
  if (!t) {
    ctx.report('title.missing', pointer);
    return;
  }
  const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  if (!filled(t['zh-CN'])) ctx.report('title.missingZhCN', `${pointer}/zh-CN`);
  if (!filled(t.en)) ctx.report('title.missingEn', `${pointer}/en`);
}

/** Every user-facing title: the definition, roles, forms, outcomes, stages, actions, reopen. */
export function checkTitles(ctx: LintContext): void {
  checkText(ctx, ctx.doc.title, '/title');
  if (ctx.doc.description !== undefined) checkText(ctx, ctx.doc.description, '/description');
  for (const [id, role] of Object.entries(ctx.roles))
    checkText(ctx, rec(role)?.title, `/roles/${id}/title`);
  for (const [id, form] of Object.entries(ctx.forms))
    checkText(ctx, rec(form)?.title, `/forms/${id}/title`);
  for (const [id, outcome] of Object.entries(rec(ctx.doc.outcomes) ?? {})) {
    checkText(ctx, rec(outcome)?.title, `/outcomes/${id}/title`);
  }
  for (const state of ctx.states) {
    if (!state.parent) continue;
    const meta = rec(state.node.meta);
    checkText(ctx, meta?.title, `${state.pointer}/meta/title`);
    const reopen = rec(meta?.reopen);
    if (reopen) checkText(ctx, reopen.title, `${state.pointer}/meta/reopen/title`);
  }
  for (const { kind, tr, pointer } of ctx.transitions) {
    if (kind === 'on') checkText(ctx, rec(tr.meta)?.title, `${pointer}/meta/title`);
  }
}
