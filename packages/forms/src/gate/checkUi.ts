import type { JsonSchema } from '../types';
import {
  checkEnumLabels,
  checkTexts,
  checkVisibleIf,
  checkWidget,
  itemsScope,
} from './checkFieldUi';
import { pointerJoin, type RawFinding } from './rawFinding';
import { propertyOf, resolved, typesOf } from './schemaLookup';
import { isPlainObject } from './subschemas';

const UI_KEYS = ['order', 'fields'];
const FIELD_KEYS = ['widget', 'label', 'help', 'placeholder', 'visibleIf', 'items', 'enumLabels'];

function unknownKeys(
  value: Record<string, unknown>,
  allowed: string[],
  at: string,
  out: RawFinding[],
) {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      out.push({
        pointer: pointerJoin(at, key),
        code: 'ui.key.unknown',
        params: { key, keys: allowed.join(', ') },
      });
    }
  }
}

function checkField(
  key: string,
  fieldUi: unknown,
  root: JsonSchema,
  scope: unknown,
  at: string,
  out: RawFinding[],
) {
  const declared = propertyOf(root, scope, key);
  if (declared === undefined)
    out.push({ pointer: at, code: 'ui.field.unknown', params: { field: key } });
  if (!isPlainObject(fieldUi)) {
    out.push({ pointer: at, code: 'ui.invalid' });
    return;
  }
  unknownKeys(fieldUi, FIELD_KEYS, at, out);
  const schema = resolved(root, declared);
  checkWidget(fieldUi.widget, typesOf(schema), pointerJoin(at, 'widget'), out);
  checkTexts(fieldUi, at, out);
  if (fieldUi.enumLabels !== undefined) {
    checkEnumLabels(fieldUi.enumLabels, root, schema, pointerJoin(at, 'enumLabels'), out);
  }
  if (fieldUi.visibleIf !== undefined) {
    checkVisibleIf(fieldUi.visibleIf, key, root, scope, pointerJoin(at, 'visibleIf'), out);
  }
  if (fieldUi.items !== undefined) {
    const itemScope = itemsScope(root, schema);
    if (itemScope) checkUiLevel(fieldUi.items, root, itemScope, pointerJoin(at, 'items'), out);
    else out.push({ pointer: pointerJoin(at, 'items'), code: 'ui.items.notArray' });
  }
}

function checkOrder(
  order: unknown,
  root: JsonSchema,
  scope: unknown,
  at: string,
  out: RawFinding[],
) {
  if (!Array.isArray(order)) {
    out.push({ pointer: at, code: 'ui.invalid' });
    return;
  }
  const seen = new Set<unknown>();
  order.forEach((field, index) => {
    const fieldAt = pointerJoin(at, index);
    if (seen.has(field))
      out.push({ pointer: fieldAt, code: 'ui.order.duplicate', params: { field: String(field) } });
    else if (typeof field !== 'string' || propertyOf(root, scope, field) === undefined) {
      out.push({
        pointer: fieldAt,
        code: 'ui.order.unknownField',
        params: { field: String(field) },
      });
    }
    seen.add(field);
  });
}

function checkUiLevel(
  ui: unknown,
  root: JsonSchema,
  scope: unknown,
  at: string,
  out: RawFinding[],
) {
  if (!isPlainObject(ui)) {
    out.push({ pointer: at, code: 'ui.invalid' });
    return;
  }
  unknownKeys(ui, UI_KEYS, at, out);
  if (ui.order !== undefined) checkOrder(ui.order, root, scope, pointerJoin(at, 'order'), out);
  if (ui.fields === undefined) return;
  if (!isPlainObject(ui.fields)) {
    out.push({ pointer: pointerJoin(at, 'fields'), code: 'ui.invalid' });
    return;
  }
  for (const [key, fieldUi] of Object.entries(ui.fields)) {
    checkField(key, fieldUi, root, scope, pointerJoin(pointerJoin(at, 'fields'), key), out);
  }
}

/**
 * Checks a UI schema against its form schema: known settings and widgets that fit the field's
 * type; `order` and `fields` naming properties of their level; `visibleIf` naming another field
 * of the same level (a dotted path below it is fine); `items` only on lists of objects and
 * nested objects (their entries, or the object itself, are the next level); `enumLabels` only
 * for the field's choices; texts in both locales. Pointers start at `at`.
 */
export function checkUi(ui: unknown, schema: JsonSchema, at = ''): RawFinding[] {
  const out: RawFinding[] = [];
  checkUiLevel(ui, schema, resolved(schema, schema), at, out);
  return out;
}
