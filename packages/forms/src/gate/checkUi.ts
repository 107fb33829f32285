import type { JsonSchema } from '../types';
import { GATE_LIMITS as L } from './limits';
import { pointerJoin, type RawFinding } from './rawFinding';
import { isPlainObject, resolveLocalRef } from './subschemas';
import { WIDGET_NAMES, WIDGET_TYPES } from './widgets';

const UI_KEYS = ['order', 'fields'];
const FIELD_KEYS = ['widget', 'label', 'help', 'placeholder', 'visibleIf', 'items'];
const TEXT_KEYS = ['label', 'help', 'placeholder'] as const;
const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;

/** The schema of property `name` of an object schema, looking through `$ref`, `allOf`... and `then`/`else`. */
function propertyOf(root: JsonSchema, schema: unknown, name: string, seen = 0): unknown {
  if (!isPlainObject(schema) || seen > L.depth) return undefined;
  if (typeof schema.$ref === 'string') {
    const found = propertyOf(root, resolveLocalRef(root, schema.$ref)?.node, name, seen + 1);
    if (found !== undefined) return found;
  }
  if (isPlainObject(schema.properties) && Object.hasOwn(schema.properties, name))
    return schema.properties[name];
  const nested = [
    ...BRANCHES.flatMap((k) => (Array.isArray(schema[k]) ? schema[k] : [])),
    schema.then,
    schema.else,
  ];
  for (const sub of nested) {
    const found = propertyOf(root, sub, name, seen + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The schema at a dotted field path (`address.city`), or undefined. */
function fieldSchema(root: JsonSchema, scope: unknown, path: string): unknown {
  let node = scope;
  for (const name of path.split('.')) {
    node = propertyOf(root, node, name);
    if (node === undefined) return undefined;
  }
  return node;
}

function resolved(root: JsonSchema, schema: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(schema)) return undefined;
  if (typeof schema.$ref === 'string')
    return resolved(root, resolveLocalRef(root, schema.$ref)?.node) ?? schema;
  return schema;
}

function typesOf(schema: Record<string, unknown> | undefined): string[] {
  if (!schema) return [];
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type) ? schema.type.map(String) : [];
}

function isLocalizedText(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return (['zh-CN', 'en'] as const).every(
    (locale) =>
      typeof value[locale] === 'string' && value[locale].length > 0 && value[locale].length <= 500,
  );
}

function checkVisibleIf(
  condition: unknown,
  key: string,
  root: JsonSchema,
  scope: unknown,
  at: string,
  out: RawFinding[],
) {
  const shapes = isPlainObject(condition)
    ? ['equals' in condition, Array.isArray(condition.in), condition.notEmpty === true].filter(
        Boolean,
      ).length
    : 0;
  if (!isPlainObject(condition) || typeof condition.field !== 'string' || shapes !== 1) {
    out.push({ pointer: at, code: 'ui.visibleIf.invalid' });
  } else if (condition.field === key) {
    out.push({ pointer: pointerJoin(at, 'field'), code: 'ui.visibleIf.self' });
  } else if (fieldSchema(root, scope, condition.field) === undefined) {
    out.push({
      pointer: pointerJoin(at, 'field'),
      code: 'ui.visibleIf.unknownField',
      params: { field: condition.field },
    });
  }
}

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
  const schema = fieldSchema(root, scope, key);
  if (schema === undefined)
    out.push({ pointer: at, code: 'ui.field.unknown', params: { field: key } });
  if (!isPlainObject(fieldUi)) {
    out.push({ pointer: at, code: 'ui.invalid' });
    return;
  }
  unknownKeys(fieldUi, FIELD_KEYS, at, out);
  const types = typesOf(resolved(root, schema));
  const { widget } = fieldUi;
  if (widget !== undefined) {
    if (typeof widget !== 'string' || !Object.hasOwn(WIDGET_TYPES, widget)) {
      out.push({
        pointer: pointerJoin(at, 'widget'),
        code: 'ui.widget.unknown',
        params: { widget: String(widget), widgets: WIDGET_NAMES.join(', ') },
      });
    } else if (
      types.length > 0 &&
      !types.some((t) =>
        (WIDGET_TYPES[widget as keyof typeof WIDGET_TYPES] as readonly string[]).includes(t),
      )
    ) {
      out.push({
        pointer: pointerJoin(at, 'widget'),
        code: 'ui.widget.mismatch',
        params: { widget, type: types.join('/') },
      });
    }
  }
  for (const textKey of TEXT_KEYS) {
    if (fieldUi[textKey] !== undefined && !isLocalizedText(fieldUi[textKey])) {
      out.push({
        pointer: pointerJoin(at, textKey),
        code: 'ui.text.invalid',
        params: { key: textKey },
      });
    }
  }
  if (fieldUi.visibleIf !== undefined)
    checkVisibleIf(fieldUi.visibleIf, key, root, scope, pointerJoin(at, 'visibleIf'), out);
  if (fieldUi.items !== undefined) {
    const items = resolved(root, resolved(root, schema)?.items);
    if (!types.includes('array') || !typesOf(items).includes('object')) {
      out.push({ pointer: pointerJoin(at, 'items'), code: 'ui.items.notArray' });
    } else {
      checkUiLevel(fieldUi.items, root, items, pointerJoin(at, 'items'), out);
    }
  }
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
  if (ui.order !== undefined) {
    const order = Array.isArray(ui.order) ? ui.order : [];
    if (!Array.isArray(ui.order))
      out.push({ pointer: pointerJoin(at, 'order'), code: 'ui.invalid' });
    const seen = new Set<unknown>();
    order.forEach((field, index) => {
      const fieldAt = pointerJoin(pointerJoin(at, 'order'), index);
      if (seen.has(field))
        out.push({
          pointer: fieldAt,
          code: 'ui.order.duplicate',
          params: { field: String(field) },
        });
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
  if (ui.fields !== undefined) {
    if (!isPlainObject(ui.fields))
      out.push({ pointer: pointerJoin(at, 'fields'), code: 'ui.invalid' });
    else {
      for (const [key, fieldUi] of Object.entries(ui.fields)) {
        checkField(key, fieldUi, root, scope, pointerJoin(pointerJoin(at, 'fields'), key), out);
      }
    }
  }
}

/**
 * Checks a UI schema against its form schema: known settings and widgets that fit the field's
 * type, `order` and `fields` naming real fields, `visibleIf` naming another field of the same
 * level, `items` only on lists of objects, texts in both locales. Pointers start at `at`.
 */
export function checkUi(ui: unknown, schema: JsonSchema, at = ''): RawFinding[] {
  const out: RawFinding[] = [];
  checkUiLevel(ui, schema, schema, at, out);
  return out;
}
