import { gridcaseError } from '@gridcase/engine';
import type { Locale, ValidationIssue } from '@gridcase/forms';
import type { TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { translatorFor } from '../i18n/translate';

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
  .default ?? addFormatsModule) as typeof addFormatsModule;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    strict: true,
    strictTypes: false,
    allErrors: true,
    coerceTypes: coerce,
    useDefaults: coerce,
    $data: false,
  });
  addFormats(ajv, ['date-time', 'date', 'uri', 'email', 'uuid']);
  return ajv;
}

/** Bodies are validated as sent; params and query strings are coerced to their schema's types. */
const bodyAjv = makeAjv(false);
const stringAjv = makeAjv(true);

/** A compiled validator for one part of a request. */
export type InputValidator = (value: unknown, locale: Locale) => unknown;

function toIssue(error: ErrorObject, locale: Locale): ValidationIssue {
  const t = translatorFor(locale);
  const base = error.instancePath.slice(1).replaceAll('/', '.');
  const join = (child: string) => (base ? `${base}.${child}` : child);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      return { path: join(field), code: 'required', message: t('validation.required', { field }) };
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      return {
        path: join(field),
        code: 'additionalProperties',
        message: t('validation.additionalProperties', { field }),
      };
    }
    case 'type':
      return { path: base, code: 'type', message: t('validation.type', { type: String(p.type) }) };
    case 'enum':
      return {
        path: base,
        code: 'enum',
        message: t('validation.enum', { allowed: (p.allowedValues as unknown[]).join(', ') }),
      };
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'maxItems':
      return {
        path: base,
        code: error.keyword,
        message: t(`validation.${error.keyword}`, { limit: String(p.limit) }),
      };
    case 'pattern':
      return { path: base, code: 'pattern', message: t('validation.pattern') };
    case 'format':
      return {
        path: base,
        code: 'format',
        message: t('validation.format', { format: String(p.format) }),
      };
    default:
      return { path: base, code: error.keyword, message: t('validation.other') };
  }
}

function wrap(validate: ValidateFunction, part: 'params' | 'query' | 'body'): InputValidator {
  return (value, locale) => {
    if (validate(value)) return value;
    const issues = (validate.errors ?? []).map((e) => toIssue(e, locale));
    const first = issues[0];
    const reason = first ? `${part}${first.path ? `.${first.path}` : ''}: ${first.message}` : part;
    throw gridcaseError('request.invalid', { reason, part, issues });
  };
}

/**
 * Compiles a route's schema once, at app creation. The returned function returns the value
 * (coerced for params and query) or throws `http.requestInvalid` with `details.issues` as
 * `{ path, code, message }` in the caller's locale.
 *
 * @example
 * ```ts
 * const check = compileInput(Type.Object({ limit: Type.Integer() }), 'query');
 * check({ limit: '20' }, 'en'); // { limit: 20 }
 * ```
 */
export function compileInput(schema: TSchema, part: 'params' | 'query' | 'body'): InputValidator {
  const key = `${part}:${JSON.stringify(schema)}`;
  let compiled = compiledCache.get(key);
  if (!compiled) {
    compiled = wrap((part === 'body' ? bodyAjv : stringAjv).compile(schema), part);
    compiledCache.set(key, compiled);
  }
  return compiled;
}

/** Route schemas are code: compile each distinct one once per process, however many apps. */
const compiledCache = new Map<string, InputValidator>();
