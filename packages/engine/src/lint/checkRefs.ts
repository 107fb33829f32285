import { checkFormForPublish, type FormDefinition, publishGate } from '@gridcase/forms';
import {
  ACTION_CATALOG,
  checkParams,
  GUARD_CATALOG,
  guardForm,
  isActionName,
  isGuardName,
} from '../catalog';
import type { LintContext } from './lintContext';
import { type Rec, rec, str } from './walk';

const GUARDS = Object.keys(GUARD_CATALOG);
const ACTIONS = Object.keys(ACTION_CATALOG);

function checkGuard(ctx: LintContext, ref: unknown, pointer: string): void {
  ctx.covered.push(pointer);
  const r = rec(ref);
  const name = str(r?.type);
  if (!r || !isGuardName(name)) {
    ctx.report('guard.unknown', r ? `${pointer}/type` : pointer, {
      name: String(name),
      known: GUARDS,
    });
    return;
  }
  const issues = checkParams('guard', name, r.params);
  for (const issue of issues) {
    ctx.report('guard.badParams', `${pointer}/params${issue.pointer}`, {
      name,
      detail: issue.reason,
    });
  }
  if (issues.length) return;
  const params = rec(r.params) ?? {};
  for (const nested of GUARD_CATALOG[name].nested?.(params) ?? []) {
    checkGuard(ctx, nested.guard, `${pointer}/params${nested.pointer}`);
  }
  if (name === 'dataMatches') {
    // The publish gate for admin-authored schemas (catastrophic patterns, size, depth...), except
    // that a condition on the case data may leave other fields open.
    const gate = publishGate(params.schema as Rec, { locale: ctx.locale });
    for (const f of gate.findings.filter((g) => g.code !== 'object.additionalProperties')) {
      ctx.report('guard.badParams', `${pointer}/params/schema${f.pointer}`, {
        name,
        detail: f.message,
      });
    }
    try {
      ctx.validator.validate(guardForm(params.schema as Rec), {});
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      ctx.report('guard.badParams', `${pointer}/params/schema`, { name, detail });
    }
  }
  if (name === 'actorHasRole') checkRole(ctx, params.role, `${pointer}/params/role`);
}

function checkRole(ctx: LintContext, role: unknown, pointer: string): void {
  if (typeof role === 'string' && !Object.hasOwn(ctx.roles, role)) {
    ctx.report('role.unknown', pointer, { role, known: Object.keys(ctx.roles) });
  }
}

function checkActors(ctx: LintContext, actors: unknown, pointer: string): void {
  if (!Array.isArray(actors)) return;
  actors.forEach((rule, i) => {
    checkRole(ctx, rec(rule)?.role, `${pointer}/${i}/role`);
  });
}

function formProperties(ctx: LintContext, formId: string | undefined): string[] | undefined {
  const schema = rec(rec(ctx.forms[formId ?? ''])?.schema);
  const props = rec(schema?.properties);
  return props ? Object.keys(props) : undefined;
}

function checkActions(ctx: LintContext, list: unknown, pointer: string, formId?: string): void {
  if (!Array.isArray(list)) return;
  const outcomes = rec(ctx.doc.outcomes) ?? {};
  list.forEach((ref, i) => {
    const at = `${pointer}/${i}`;
    ctx.covered.push(at);
    const r = rec(ref);
    const name = str(r?.type);
    if (!r || !isActionName(name)) {
      ctx.report('action.unknown', r ? `${at}/type` : at, { name: String(name), known: ACTIONS });
      return;
    }
    const issues = checkParams('action', name, r.params);
    for (const issue of issues) {
      ctx.report('action.badParams', `${at}/params${issue.pointer}`, {
        name,
        detail: issue.reason,
      });
    }
    if (issues.length) return;
    const params = rec(r.params) ?? {};
    const spec = ACTION_CATALOG[name];
    const fields = formProperties(ctx, formId);
    for (const field of spec.fields?.(params) ?? []) {
      const top = field.split('.')[0] ?? field;
      if (!fields?.includes(top)) {
        ctx.report('field.unknown', `${at}/params`, { field, form: formId ?? '—' });
      }
    }
    for (const role of spec.roles?.(params) ?? []) checkRole(ctx, role, `${at}/params`);
    if (name === 'setOutcome' && !Object.hasOwn(outcomes, String(params.outcome))) {
      const known = Object.keys(outcomes);
      ctx.report('outcome.unknown', `${at}/params/outcome`, { outcome: params.outcome, known });
    }
  });
}

function checkFormRef(ctx: LintContext, form: unknown, pointer: string): void {
  if (typeof form === 'string' && !Object.hasOwn(ctx.forms, form)) {
    ctx.report('form.unknown', pointer, { form, known: Object.keys(ctx.forms) });
  }
}

/** Catalog refs, forms, roles, fields and outcomes that a definition names. */
export function checkRefs(ctx: LintContext): void {
  const outcomes = rec(ctx.doc.outcomes) ?? {};
  checkFormRef(ctx, ctx.doc.startForm, '/startForm');
  checkActors(ctx, ctx.doc.starters, '/starters');
  for (const [id, form] of Object.entries(ctx.forms)) {
    const f = rec(form);
    if (!f || !rec(f.schema)) continue;
    // The forms publish gate: size, depth, patterns, strict keywords, text limits, UI schema...
    // Titles are checked (and reported) by checkTitles.
    const gate = checkFormForPublish(f as unknown as FormDefinition, { locale: ctx.locale });
    const findings = gate.findings.filter((g) => !g.pointer.startsWith('/title'));
    for (const g of findings) {
      ctx.report('form.badSchema', `/forms/${id}${g.pointer}`, {
        form: id,
        detail: g.message,
        fix: g.hint,
      });
    }
    if (findings.length) continue;
    try {
      ctx.validator.validate(f as never, {});
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      ctx.report('form.badSchema', `/forms/${id}/schema`, { form: id, detail, fix: detail });
    }
  }
  for (const state of ctx.states) {
    checkActions(ctx, state.node.entry, `${state.pointer}/entry`);
    checkActions(ctx, state.node.exit, `${state.pointer}/exit`);
    const meta = rec(state.node.meta);
    checkActors(ctx, meta?.actors, `${state.pointer}/meta/actors`);
    const reopen = rec(meta?.reopen);
    checkActors(ctx, reopen?.actors, `${state.pointer}/meta/reopen/actors`);
    checkFormRef(ctx, reopen?.form, `${state.pointer}/meta/reopen/form`);
    const breach = rec(meta?.deadline)?.onBreach;
    if (Array.isArray(breach)) {
      breach.forEach((b, i) => {
        const pointer = `${state.pointer}/meta/deadline/onBreach/${i}/to/role`;
        checkRole(ctx, rec(rec(b)?.to)?.role, pointer);
      });
    }
    const outcome = meta?.outcome;
    if (typeof outcome === 'string' && !Object.hasOwn(outcomes, outcome)) {
      ctx.report('outcome.unknown', `${state.pointer}/meta/outcome`, {
        outcome,
        known: Object.keys(outcomes),
      });
    }
  }
  for (const { tr, pointer } of ctx.transitions) {
    const meta = rec(tr.meta);
    const form = str(meta?.form);
    checkFormRef(ctx, meta?.form, `${pointer}/meta/form`);
    checkActors(ctx, meta?.actors, `${pointer}/meta/actors`);
    if (tr.guard !== undefined) checkGuard(ctx, tr.guard, `${pointer}/guard`);
    checkActions(ctx, tr.actions, `${pointer}/actions`, form);
  }
}
