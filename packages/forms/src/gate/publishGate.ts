import { createTranslator, DEFAULT_LOCALE } from '../i18n';
import type { GateFinding, GateResult, JsonSchema, Locale } from '../types';
import { compileCheck } from './compileCheck';
import { inspectSchema } from './inspectSchema';
import { GATE_LIMITS as L } from './limits';
import { gateMessages } from './messages';
import type { RawFinding } from './rawFinding';

/** Options of the publish gate. */
export interface GateOptions {
  /** Language of messages and hints; zh-CN when absent. */
  locale?: Locale;
}

/** Translates raw findings, keeping at most `L.findings` and summing up the rest. */
export function toGateResult(
  raw: readonly RawFinding[],
  locale: Locale = DEFAULT_LOCALE,
): GateResult {
  const t = createTranslator(locale, gateMessages);
  const kept = raw.slice(0, L.findings);
  if (raw.length > kept.length) {
    kept.push({
      pointer: '',
      code: 'gate.truncated',
      params: { omitted: raw.length - kept.length },
    });
  }
  const findings = kept.map(({ pointer, code, params }): GateFinding => {
    const values = params as Record<string, string | number> | undefined;
    const finding: GateFinding = {
      pointer,
      code,
      message: t(code, values),
      hint: t(`${code}.hint`, values),
    };
    if (params) finding.params = params;
    return finding;
  });
  return { ok: findings.length === 0, findings };
}

/**
 * The raw findings for a schema: structural checks first (linear, never compiles), and only
 * when those pass, the meta-schema, a strict compile and the payload bound.
 */
export function schemaFindings(schema: unknown): RawFinding[] {
  const structural = inspectSchema(schema);
  return structural.length > 0 ? structural : compileCheck(schema as JsonSchema);
}

/**
 * Decides whether an admin-authored JSON Schema may be published as a form. Rejects, each with
 * a JSON pointer, a stable code, a message and a hint: a schema over 64 KiB, nested deeper than
 * 8 levels, with over 300 properties or 100 patterns; any pattern RE2 cannot run in linear
 * time; `$data`; unknown or unsupported keywords (strict mode); strings without `maxLength`
 * <= 2000; arrays without `maxItems` <= 200; objects not closed with
 * `additionalProperties: false`; `uniqueItems` on unbounded lists of objects; `$ref` outside
 * the document or recursive; `__proto__`, `constructor` or `prototype` as property names; and
 * schemas whose valid payloads could hold more than 20,000 values.
 *
 * @example
 * ```ts
 * const result = publishGate({ type: 'object', properties: { name: { type: 'string' } } });
 * result.ok; // false
 * result.findings.map((f) => [f.pointer, f.code]);
 * // [['', 'object.additionalProperties'], ['/properties/name', 'string.maxLength']]
 * ```
 */
export function publishGate(schema: JsonSchema, options: GateOptions = {}): GateResult {
  return toGateResult(schemaFindings(schema), options.locale);
}
