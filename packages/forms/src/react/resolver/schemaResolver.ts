import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FormDefinition, JsonSchema, Locale, ValidationIssue } from '../../types';
import { setPath } from '../schema/setPath';
import { widgetAt } from '../schema/widgetAt';
import type { FormCheck, FormValues } from '../types';
import { errorKey } from './errorKey';

/**
 * Turns validation issues into react-hook-form's nested error object. The first issue on a path
 * wins (the validator lists the most useful first).
 *
 * @example
 * ```ts
 * issuesToErrors([{ path: 'parties.0.idNumber', code: 'format', message: '身份证号码格式不正确' }], schema);
 * // { parties: [{ idNumber: { type: 'format', message: '身份证号码格式不正确' } }] }
 * ```
 */
export function issuesToErrors(
  issues: readonly ValidationIssue[],
  schema: JsonSchema,
  source = 'form',
): FieldErrors<FormValues> {
  const errors: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const issue of issues) {
    const key = errorKey(schema, issue.path, source);
    if (seen.has(key)) continue;
    seen.add(key);
    setPath(errors, key, { type: issue.code, message: issue.message });
  }
  return errors as FieldErrors<FormValues>;
}

/**
 * A react-hook-form resolver backed by a compiled form: every check (on change, on blur, on
 * submit) runs the same validator the server runs, with messages in the current locale. It never
 * compiles; compile the form once, before anyone types (`useSchemaForm` does so right after the
 * first paint).
 *
 * When react-hook-form checks a repeatable list after an add, remove or move, the resolver
 * reports nothing: a party just added must not greet the user with "required" on every empty
 * field. Its fields are checked once touched, and everything on submit.
 *
 * @example
 * ```ts
 * const compiled = createValidator().compile(form);
 * const methods = useForm({ resolver: schemaResolver(compiled, form, () => 'zh-CN') });
 * ```
 */
export function schemaResolver(
  compiled: FormCheck,
  form: FormDefinition,
  locale: () => Locale,
): Resolver<FormValues> {
  return (values, _context, options) => {
    const names = options.names ?? [];
    if (names.length === 1 && widgetAt(form, names[0]!) === 'array') return { values, errors: {} };
    const result = compiled.validate(values, { locale: locale() });
    return result.ok
      ? { values: result.data, errors: {} }
      : { values: {}, errors: issuesToErrors(result.issues, form.schema) };
  };
}
