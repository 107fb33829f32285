import type { Locale } from '@gridcase/forms';
import { createTranslator, defineMessages } from '@gridcase/forms/i18n';
import type { ErrorObject } from 'ajv';
import { toIssues } from '../catalog';

/** One structural problem with a JSON document checked against one of the engine's schemas. */
export interface DefinitionFinding {
  /** JSON pointer into the document (`/machine/states/triage/on/assign/0/meta`). */
  pointer: string;
  /** `schema.<json-schema keyword>`, e.g. `schema.required`. */
  code: string;
  message: string;
}

const messages = defineMessages({
  'schema.required': { 'zh-CN': '缺少必填项“{detail}”', en: 'Missing required "{detail}"' },
  'schema.additionalProperties': {
    'zh-CN': '不认识的属性“{detail}”',
    en: 'Unknown property "{detail}"',
  },
  'schema.enum': { 'zh-CN': '取值必须是以下之一：{detail}', en: 'Must be one of: {detail}' },
  'schema.const': { 'zh-CN': '取值必须是 {detail}', en: 'Must be {detail}' },
  'schema.type': { 'zh-CN': '类型应为 {detail}', en: 'Must be of type {detail}' },
  'schema.minimum': { 'zh-CN': '不能小于 {detail}', en: 'Must be at least {detail}' },
  'schema.pattern': { 'zh-CN': '格式不正确', en: 'Has the wrong format' },
  'schema.other': {
    'zh-CN': '不符合格式（{detail}）',
    en: 'Does not fit the format ({detail})',
  },
});
const translators = {
  'zh-CN': createTranslator('zh-CN', messages),
  en: createTranslator('en', messages),
};

/**
 * A failed `oneOf` (a transition or a list of them) also reports every branch that did not
 * match at all, e.g. "must be array" for a malformed transition object. Where some error lies
 * deeper than the `oneOf`'s place, the shallow ones there are such branch noise: drop them.
 */
function pruneBranches(errors: ErrorObject[]): ErrorObject[] {
  const noisy = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') continue;
    const deeper = errors.some((x) => x.instancePath.startsWith(`${e.instancePath}/`));
    if (deeper) noisy.add(e.instancePath);
  }
  return errors.filter((e) => !noisy.has(e.instancePath));
}

/** The words the message quotes for one Ajv error. */
function detailOf(keyword: string, params: Record<string, unknown>, reason: string): string {
  if (keyword === 'required') return String(params.missingProperty);
  if (keyword === 'additionalProperties') return String(params.additionalProperty);
  if (keyword === 'enum') return (params.allowedValues as unknown[]).map(String).join(', ');
  if (keyword === 'const') return JSON.stringify(params.allowedValue);
  if (keyword === 'type') return String(params.type);
  if (keyword === 'minimum') return String(params.limit);
  return reason;
}

/**
 * Turns Ajv's errors for a document into findings with translated messages, one per place and
 * keyword, without the noise of failed `oneOf` branches: the one wording every engine schema
 * (definitions, migration plans) reports in.
 *
 * @example
 * ```ts
 * if (!validate(input)) return { ok: false, findings: schemaFindings(validate.errors ?? [], 'en') };
 * ```
 */
export function schemaFindings(raw: ErrorObject[], locale: Locale): DefinitionFinding[] {
  const t = translators[locale];
  const errors = pruneBranches(raw);
  const single = errors.length === 1;
  const seen = new Set<string>();
  const findings: DefinitionFinding[] = [];
  for (const error of errors) {
    // a failed `oneOf`/`anyOf`/`allOf`/`if` repeats what its branches said
    if (error.keyword === 'if') continue;
    if (['oneOf', 'anyOf', 'allOf'].includes(error.keyword) && !single) continue;
    const [issue] = toIssues([error]);
    if (!issue) continue;
    const key = `${issue.pointer} ${issue.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const params = error.params as Record<string, unknown>;
    const known = t.has(`schema.${issue.keyword}`);
    const message = (known ? `schema.${issue.keyword}` : 'schema.other') as keyof typeof messages;
    findings.push({
      pointer: issue.pointer,
      code: `schema.${issue.keyword}`,
      message: t(message, { detail: detailOf(issue.keyword, params, issue.reason) }),
    });
  }
  return findings;
}
