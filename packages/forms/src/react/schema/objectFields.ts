import type { FieldUi, JsonSchema, UiSchema } from '../../types';
import { isSchema } from './schemaType';

/** One property of an object schema, ready to render. */
export interface FieldSpec {
  /** The property's key inside its object. */
  key: string;
  schema: JsonSchema;
  ui: FieldUi;
  required: boolean;
}

const NO_UI: FieldUi = {};

/**
 * The properties of an object schema in display order: the UI schema's `order` first (keys it
 * names that the schema lacks are skipped), then the remaining properties in schema order.
 *
 * @example
 * ```ts
 * objectFields(
 *   { type: 'object', properties: { a: {}, b: {} }, required: ['b'] },
 *   { order: ['b'] },
 * ).map((f) => [f.key, f.required]); // [['b', true], ['a', false]]
 * ```
 */
export function objectFields(schema: JsonSchema, ui: UiSchema | undefined): FieldSpec[] {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const keys = Object.keys(properties);
  const ordered = [
    ...(ui?.order ?? []).filter((key) => Object.hasOwn(properties, key)),
    ...keys.filter((key) => !ui?.order?.includes(key)),
  ];
  return [...new Set(ordered)].map((key) => {
    const child = properties[key];
    return {
      key,
      schema: isSchema(child) ? child : {},
      ui: ui?.fields?.[key] ?? NO_UI,
      required: required.has(key),
    };
  });
}
