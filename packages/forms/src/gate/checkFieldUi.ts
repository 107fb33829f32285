import type { JsonSchema } from '../types';
import { pointerJoin, type RawFinding } from './rawFinding';
import { choicesOf, pathSchema, resolved, typesOf } from './schemaLookup';
import { isPlainObject } from './subschemas';
import { WIDGET_NAMES, WIDGET_TYPES } from './widgets';

type Node = Record<string, unknown>;
const TEXT_KEYS = ['label', 'help', 'placeholder'] as const;

/** Both locales, non-empty, at most 500 characters each. */
export function isLocalizedText(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return (['zh-CN', 'en'] as const).every((locale) => {
    const text = value[locale];
    return typeof text === 'string' && text.length > 0 && text.length <= 500;
  });
}

export function checkWidget(widget: unknown, types: string[], at: string, out: RawFinding[]) {
  if (widget === undefined) return;
  if (typeof widget !== 'string' || !Object.hasOwn(WIDGET_TYPES, widget)) {
    const widgets = WIDGET_NAMES.join(', ');
    out.push({
      pointer: at,
      code: 'ui.widget.unknown',
      params: { widget: String(widget), widgets },
    });
    return;
  }
  const fits = WIDGET_TYPES[widget as keyof typeof WIDGET_TYPES] as readonly string[];
  if (types.length > 0 && !types.some((t) => fits.includes(t))) {
    out.push({
      pointer: at,
      code: 'ui.widget.mismatch',
      params: { widget, type: types.join('/') },
    });
  }
}

export function checkTexts(fieldUi: Node, at: string, out: RawFinding[]) {
  for (const key of TEXT_KEYS) {
    if (fieldUi[key] !== undefined && !isLocalizedText(fieldUi[key])) {
      out.push({ pointer: pointerJoin(at, key), code: 'ui.text.invalid', params: { key } });
    }
  }
}

/** `enumLabels` keys must be choices of the field (as text); each label carries both locales. */
export function checkEnumLabels(
  labels: unknown,
  root: JsonSchema,
  schema: Node | undefined,
  at: string,
  out: RawFinding[],
) {
  if (!isPlainObject(labels)) {
    out.push({ pointer: at, code: 'ui.invalid' });
    return;
  }
  const choices = choicesOf(root, schema)?.map(String);
  for (const [value, label] of Object.entries(labels)) {
    const labelAt = pointerJoin(at, value);
    if (!choices?.includes(value))
      out.push({ pointer: labelAt, code: 'ui.enumLabels.unknownValue', params: { value } });
    else if (!isLocalizedText(label))
      out.push({
        pointer: labelAt,
        code: 'ui.text.invalid',
        params: { key: `enumLabels.${value}` },
      });
  }
}

/** `visibleIf` has one of three shapes and names another field of the same level. */
export function checkVisibleIf(
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
  } else if (pathSchema(root, scope, condition.field) === undefined) {
    out.push({
      pointer: pointerJoin(at, 'field'),
      code: 'ui.visibleIf.unknownField',
      params: { field: condition.field },
    });
  }
}

/** The schema `items` lays out: a list's object entries, or a nested object itself. */
export function itemsScope(root: JsonSchema, schema: Node | undefined): Node | undefined {
  const types = typesOf(schema);
  if (types.includes('object')) return schema;
  if (!types.includes('array')) return undefined;
  const items = resolved(root, schema?.items);
  return typesOf(items).includes('object') ? items : undefined;
}
