import { localize } from '../../i18n';
import type { FieldUi, JsonSchema, Locale } from '../../types';
import { type SchemaOption, schemaOptions, schemaType } from '../schema/schemaType';

/** One choice as the widgets show it: the typed value, its text key and its label. */
export interface Choice {
  value: SchemaOption['value'];
  /** `String(value)`: what `<option value>` and `<input value>` carry. */
  key: string;
  label: string;
}

/**
 * The choices of an enumerated property with labels in the locale: the UI schema's
 * `enumLabels`, else the `oneOf` `title`, else the value itself. A boolean offers yes and no
 * (`yesNo` labels them).
 *
 * @example
 * ```ts
 * choicesOf({ enum: ['family'] }, { enumLabels: { family: { 'zh-CN': '家庭', en: 'Family' } } }, 'en');
 * // [{ value: 'family', key: 'family', label: 'Family' }]
 * ```
 */
export function choicesOf(
  schema: JsonSchema,
  ui: FieldUi,
  locale: Locale,
  yesNo: readonly [string, string] = ['true', 'false'],
): Choice[] {
  const options =
    schemaOptions(schema) ??
    (schemaType(schema) === 'boolean'
      ? [
          { value: true, title: yesNo[0] },
          { value: false, title: yesNo[1] },
        ]
      : []);
  return options.map(({ value, title }) => {
    const key = String(value);
    const text = ui.enumLabels?.[key];
    return { value, key, label: text ? localize(text, locale) : (title ?? key) };
  });
}

/** Maps the text a form control reports back to the choice's typed value (`'3'` -> `3`). */
export function valueOfKey(choices: readonly Choice[], key: unknown): unknown {
  if (key === '' || key === undefined || key === null) return undefined;
  return choices.find((c) => c.key === key)?.value ?? key;
}
