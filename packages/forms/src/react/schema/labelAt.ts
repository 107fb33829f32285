import { localize } from '../../i18n';
import type { FieldUi, FormDefinition, JsonSchema, Locale, UiSchema } from '../../types';
import { childSchema } from './schemaType';

/** The label a field shows: the UI schema's, else the schema's `title`, else the property key. */
export function fieldLabel(
  key: string,
  schema: JsonSchema,
  ui: FieldUi | undefined,
  locale: Locale,
) {
  if (ui?.label) return localize(ui.label, locale);
  return typeof schema.title === 'string' ? schema.title : key;
}

/**
 * A readable name for a field path, as the error summary shows it: each level's label, list
 * items numbered from 1 (`parties.1.idNumber` -> `当事人 2 · 身份证号码`).
 *
 * @example
 * ```ts
 * labelAt(form, 'parties.1.idNumber', 'zh-CN', (label, n) => `${label} ${n}`);
 * ```
 */
export function labelAt(
  form: FormDefinition,
  path: string,
  locale: Locale,
  itemLabel: (label: string, n: number) => string,
): string {
  const names: string[] = [];
  let schema = form.schema;
  let ui: UiSchema | undefined = form.ui;
  let listLabel: string | undefined;
  for (const key of path === '' ? [] : path.split('.')) {
    const child = childSchema(schema, key);
    if (/^\d+$/.test(key) && listLabel !== undefined) {
      names[names.length - 1] = itemLabel(listLabel, Number(key) + 1);
      listLabel = undefined;
    } else {
      const fieldUi: FieldUi | undefined = ui?.fields?.[key];
      const label = fieldLabel(key, child, fieldUi, locale);
      names.push(label);
      listLabel = label;
      ui = fieldUi?.items;
    }
    schema = child;
  }
  return names.join(' · ');
}
