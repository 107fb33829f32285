import type { ErrorObject } from 'ajv';
import { cnIdcardProblem } from '../formats';
import type { Translator } from '../i18n';
import type { ValidationIssue } from '../types';
import type { validationMessages } from './messages';

type T = Translator<keyof typeof validationMessages>;

/** `/parties/0/id~1no` -> `parties.0.id/no` (react-hook-form's field names). */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** The path of the field an error is about: a missing or extra property names the property. */
function issuePath(error: ErrorObject): string {
  const base = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
    return join(base, String(params.missingProperty));
  }
  if (error.keyword === 'additionalProperties')
    return join(base, String(params.additionalProperty));
  return base;
}

function typeNames(t: T, type: unknown): string {
  return String(type)
    .split(',')
    .map((name) => (t.has(`type.${name}`) ? t(`type.${name}` as 'type.string') : name))
    .join(t('type.or'));
}

/** The value at a JSON pointer, or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const part of pointer === '' ? [] : pointer.slice(1).split('/')) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function describe(
  t: T,
  error: ErrorObject,
  root: unknown,
): { code: string; message: string; params: Record<string, unknown> } {
  const params = { ...(error.params as Record<string, unknown>) };
  if (error.keyword === 'format') {
    const code = `format.${String(params.format)}`;
    const value = params.format === 'cn-idcard' ? valueAt(root, error.instancePath) : undefined;
    if (typeof value === 'string') {
      const reason = cnIdcardProblem(value);
      if (reason)
        return { code, message: t(`format.cn-idcard.${reason}`), params: { ...params, reason } };
    }
    const message = t.has(code) ? t(code) : t('format', { format: String(params.format) });
    return { code, message, params };
  }
  const code = error.keyword;
  if (code === 'type')
    return { code, message: t('type', { type: typeNames(t, params.type) }), params };
  if (code === 'uniqueItems') {
    // Ajv reports the two 0-based indexes (in either order); people count entries from 1.
    const first = Math.min(Number(params.i), Number(params.j)) + 1;
    const second = Math.max(Number(params.i), Number(params.j)) + 1;
    return { code, message: t('uniqueItems', { first, second }), params };
  }
  const message = t.has(code) ? t(code, params as Record<string, string | number>) : t('invalid');
  return { code: t.has(code) ? code : 'invalid', message, params };
}

/** Issues reported at most: nobody reads more, and mapping stays cheap on hostile payloads. */
export const MAX_ISSUES = 200;

/**
 * Turns Ajv's errors into issues keyed by field path, in the translator's locale. Drops the
 * summary errors of `if` (the `then`/`else` errors say what is wrong) and, for `anyOf`/`oneOf`,
 * keeps the summary and drops each branch's own complaints, which would contradict each other.
 * Issues on hidden paths are left out and duplicate (path, code) pairs reported once; at most {@link MAX_ISSUES} issues are returned.
 */
export function toIssues(
  errors: readonly ErrorObject[],
  t: T,
  data: unknown,
  isHidden: (path: string) => boolean = () => false,
): ValidationIssue[] {
  const alternatives = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => `${e.schemaPath}/`);
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    if (issues.length >= MAX_ISSUES) break;
    if (error.keyword === 'if') continue;
    if (alternatives.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const path = issuePath(error);
    if (isHidden(path)) continue;
    const { code, message, params } = describe(t, error, data);
    const key = `${path}\u0000${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, code, message, params });
  }
  return issues;
}
