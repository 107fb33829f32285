import type { FieldUi, FormDefinition, UiSchema, WidgetName } from '../../types';
import { inferWidget } from './inferWidget';
import { schemaAt } from './schemaType';

/**
 * The UI settings of the field at a dotted path, following `items` into lists and nested objects
 * (`parties.0.idNumber` -> `ui.fields.parties.items.fields.idNumber`).
 *
 * @example
 * ```ts
 * fieldUiAt(form, 'parties.0.role'); // { widget: 'radio', label: {...} }
 * ```
 */
export function fieldUiAt(form: FormDefinition, path: string): FieldUi | undefined {
  let ui: UiSchema | undefined = form.ui;
  let field: FieldUi | undefined;
  for (const key of path.split('.')) {
    if (/^\d+$/.test(key)) continue;
    field = ui?.fields?.[key];
    ui = field?.items;
  }
  return field;
}

/**
 * The widget that renders the field at a path: the one its UI schema names, else the one its
 * schema suggests (`'object'` for a nested group).
 *
 * @example
 * ```ts
 * widgetAt(form, 'parties'); // 'array'
 * ```
 */
export function widgetAt(form: FormDefinition, path: string): WidgetName | 'object' {
  return fieldUiAt(form, path)?.widget ?? inferWidget(schemaAt(form.schema, path));
}
