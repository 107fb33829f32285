import { type FormValidator, formValidator, type Locale } from '@gridcase/forms';
import { initialTransition } from 'xstate';
import { compileDefinition } from '../compile';
import { validateDefinition } from '../definition';
import type { WorkflowDefinition } from '../types';
import { checkPublic } from './checkPublic';
import { checkRefs } from './checkRefs';
import {
  checkDeadEnds,
  checkDeadlines,
  checkOutcomes,
  checkReachable,
  checkTargets,
} from './checkStructure';
import { checkTitles } from './checkTitles';
import { checkTransitions } from './checkTransitions';
import { LintContext, type LintFinding } from './lintContext';
import { reachedStates } from './reachable';
import { rec } from './walk';

export interface LintOptions {
  locale?: Locale;
  /** The validator form schemas and `dataMatches` schemas must compile with (forms' default). */
  validator?: FormValidator;
}

/** xstate resolves initial states and targets lazily: touch them all so errors surface now. */
function probe(node: { on: unknown; always?: unknown; initial: unknown; states: object }): void {
  void node.initial;
  void node.on;
  void node.always;
  for (const child of Object.values(node.states)) probe(child);
}

const covers = (owner: string, pointer: string) =>
  pointer === owner || pointer.startsWith(`${owner}/`);

/**
 * Lints a workflow definition: the JSON Schema of the format, then meaning: unreachable
 * stages and outcomes, dead ends, unknown guards/actions/forms/roles/outcomes, bad params, missing titles,
 * deadlines on final stages, duplicate and shadowed transitions, and more (see `LINT_CODES`).
 * Every finding has a stable code, a JSON pointer, a message and a fix hint. `[]` means clean.
 * Tolerates any input: a non-object gives one `schema.invalid` finding at `''`.
 *
 * @example
 * ```ts
 * const findings = lintDefinition(JSON.parse(text), { locale: 'en' });
 * for (const f of findings) console.log(`${f.pointer} ${f.code}: ${f.message} (${f.hint})`);
 * ```
 */
export function lintDefinition(input: unknown, options: LintOptions = {}): LintFinding[] {
  const locale = options.locale ?? 'zh-CN';
  const validator = options.validator ?? formValidator;
  const doc = rec(input);
  const ctx = new LintContext(doc ?? {}, locale, validator);
  const schema = validateDefinition(input, locale);
  if (!doc) {
    ctx.report('schema.invalid', '', { detail: schema.ok ? '' : schema.findings[0]?.message });
    return ctx.findings;
  }
  checkTitles(ctx);
  checkRefs(ctx);
  checkTargets(ctx);
  const reached = reachedStates(ctx);
  checkReachable(ctx, reached);
  checkOutcomes(ctx, reached);
  checkDeadEnds(ctx);
  checkDeadlines(ctx);
  checkTransitions(ctx);
  checkPublic(ctx);
  if (!schema.ok) {
    for (const f of schema.findings) {
      if (ctx.covered.some((owner) => covers(owner, f.pointer))) continue;
      ctx.report('schema.invalid', f.pointer, { detail: f.message });
    }
  }
  if (ctx.findings.length === 0) {
    try {
      const { machine } = compileDefinition(input as WorkflowDefinition, { validator });
      probe(machine.root);
      initialTransition(machine, { data: {}, coHandlers: [], supervision: 0, reopenCount: 0 });
    } catch (err) {
      ctx.report('compile.failed', '/machine', {
        detail: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return ctx.findings;
}
