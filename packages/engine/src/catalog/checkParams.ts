import type { ValidateFunction } from 'ajv';
import { ACTION_CATALOG } from './actions';
import { engineAjv, type SchemaIssue, toIssues } from './ajv';
import { GUARD_CATALOG } from './guards';

const compiled = new Map<string, ValidateFunction>();

/**
 * Checks the params of a catalog reference against the entry's params schema; `[]` when they
 * are fine. The name must be in the catalog.
 *
 * @example
 * ```ts
 * checkParams('action', 'setOutcome', {}); // [{ pointer: '', keyword: 'required', ... }]
 * ```
 */
export function checkParams(
  kind: 'guard' | 'action',
  name: string,
  params: unknown,
): SchemaIssue[] {
  const key = `${kind}:${name}`;
  let validate = compiled.get(key);
  if (!validate) {
    const catalog: Record<string, { params: object }> =
      kind === 'guard' ? GUARD_CATALOG : ACTION_CATALOG;
    const spec = catalog[name];
    if (!spec) throw new RangeError(`${kind} ${name} is not in the catalog`);
    validate = engineAjv.compile(spec.params);
    compiled.set(key, validate);
  }
  return validate(params ?? {}) ? [] : toIssues(validate.errors);
}
