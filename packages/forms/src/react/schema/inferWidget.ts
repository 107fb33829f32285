import type { JsonSchema, WidgetName } from '../../types';
import { isSchema, schemaOptions, schemaType } from './schemaType';

/** Strings longer than this get a multi-line box by default. */
const TEXTAREA_FROM_LENGTH = 200;

/**
 * The widget a property gets when its UI schema names none, or `'object'` for a nested group of
 * fields. Chosen from the schema alone: dates and date-times by `format`, enumerations as a
 * select (a list of checkboxes for an array of choices), booleans as a checkbox, long strings as
 * a textarea, arrays of objects as a repeatable list.
 *
 * @example
 * ```ts
 * inferWidget({ type: 'string', format: 'date' }); // 'date'
 * inferWidget({ type: 'array', items: { type: 'object', properties: {} } }); // 'array'
 * ```
 */
export function inferWidget(schema: JsonSchema): WidgetName | 'object' {
  if (schemaOptions(schema)) return 'select';
  switch (schemaType(schema)) {
    case 'boolean':
      return 'checkbox';
    case 'number':
    case 'integer':
      return 'number';
    case 'object':
      return 'object';
    case 'array':
      return isSchema(schema.items) && schemaOptions(schema.items) ? 'checkbox' : 'array';
    default:
      if (schema.format === 'date') return 'date';
      if (schema.format === 'date-time') return 'datetime';
      if (typeof schema.maxLength === 'number' && schema.maxLength > TEXTAREA_FROM_LENGTH) {
        return 'textarea';
      }
      return 'text';
  }
}
