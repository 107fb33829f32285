import type { FormValidator, Locale, LocalizedText } from '@gridcase/forms';
import { createTranslator, type MessageParams } from '@gridcase/forms/i18n';
import { LINT_CODES, type LintCode, type LintSeverity } from './lintCodes';
import {
  type RawState,
  type RawTransition,
  type Rec,
  rawStates,
  rawTransitions,
  rec,
} from './walk';

/** One lint finding: a stable code, where (JSON pointer), what and how to fix it. */
export interface LintFinding {
  code: LintCode;
  severity: LintSeverity;
  pointer: string;
  message: string;
  hint: string;
}

const catalog: Record<string, LocalizedText> = {};
for (const [code, spec] of Object.entries(LINT_CODES)) {
  catalog[code] = spec.message;
  catalog[`${code}#hint`] = spec.hint;
}
const translators = {
  'zh-CN': createTranslator('zh-CN', catalog),
  en: createTranslator('en', catalog),
};

/** What every check reads and where it reports. */
export class LintContext {
  readonly findings: LintFinding[] = [];
  readonly states: RawState[];
  readonly transitions: RawTransition[];
  readonly byId: Map<string, RawState>;
  /** Pointers the semantic checks own: schema findings under them are left to those checks. */
  readonly covered: string[] = [];

  constructor(
    readonly doc: Rec,
    readonly locale: Locale,
    readonly validator: FormValidator,
  ) {
    this.states = rawStates(rec(doc.machine) ?? {});
    this.transitions = rawTransitions(this.states);
    this.byId = new Map(this.states.map((s) => [s.id, s]));
  }

  get forms(): Rec {
    return rec(this.doc.forms) ?? {};
  }

  get roles(): Rec {
    return rec(this.doc.roles) ?? {};
  }

  report(code: LintCode, pointer: string, params: Record<string, unknown> = {}): void {
    const t = translators[this.locale];
    const values: Record<string, string | number | boolean | null | undefined> = {};
    for (const [k, v] of Object.entries(params)) {
      values[k] = Array.isArray(v) ? v.join(this.locale === 'zh-CN' ? '、' : ', ') : (v as string);
    }
    const p = values as MessageParams;
    this.findings.push({
      code,
      severity: LINT_CODES[code].severity,
      pointer,
      message: t(code, p),
      hint: t(`${code}#hint`, p),
    });
  }

  /** The title to show for a state in messages. */
  stateName(state: RawState): string {
    return state.path.length ? state.path.join('.') : state.id;
  }
}
