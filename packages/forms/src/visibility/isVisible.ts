import type { FieldUi, VisibleIf } from '../types';
import { getPath } from './paths';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * Whether a `visibleIf` condition holds for `data`.
 *
 * @example
 * ```ts
 * conditionHolds({ field: 'kind', equals: 'company' }, { kind: 'company' }); // true
 * ```
 */
export function conditionHolds(condition: VisibleIf, data: unknown): boolean {
  const value = getPath(data, condition.field);
  if ('equals' in condition) return sameValue(value, condition.equals);
  if ('in' in condition) return condition.in.some((option) => sameValue(value, option));
  return !isEmpty(value);
}

/**
 * Whether a field is shown for the current data. `data` is the object the field's UI schema
 * describes: the form's data for top-level fields, the array entry for fields in `items`.
 * A field without `visibleIf` is always visible. A hidden field is neither required nor kept:
 * the validator drops its value and its issues.
 *
 * @example
 * ```ts
 * const ui = { visibleIf: { field: 'partyType', equals: 'company' } };
 * isVisible(ui, { partyType: 'person' }); // false
 * isVisible(ui, { partyType: 'company' }); // true
 * ```
 */
export function isVisible(fieldUi: FieldUi | undefined, data: unknown): boolean {
  return fieldUi?.visibleIf === undefined || conditionHolds(fieldUi.visibleIf, data);
}
