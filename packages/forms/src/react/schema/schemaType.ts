import type { JsonSchema } from '../../types';

/** The JSON types a property can hold, as the renderer cares about them. */
export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * The main type of a property: its `type`, or the first non-null one of a type list
 * (`["string", "null"]` is an optional string), or what its `const`/`enum` values are.
 *
 * @example
 * ```ts
 * schemaType({ type: ['integer', 'null'] }); // 'integer'
 * schemaType({ enum: ['a', 'b'] }); // 'string'
 * ```
 */
export function schemaType(schema: JsonSchema): SchemaType | undefined {
  const { type } = schema;
  if (typeof type === 'string') return type as SchemaType;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as SchemaType | undefined;
  const values = enumValues(schema);
  const first = values?.[0];
  if (first === undefined) return schema.properties ? 'object' : undefined;
  return typeof first === 'number' ? 'number' : typeof first === 'boolean' ? 'boolean' : 'string';
}

/** One choice of an enumerated property, with the title the schema gives it (if any). */
export interface SchemaOption {
  value: string | number | boolean;
  title?: string;
}

/**
 * The choices of an enumerated property: `enum`, or `oneOf`/`anyOf` made of `const`s (which may
 * carry a `title`). `undefined` when the property is not enumerated.
 *
 * @example
 * ```ts
 * schemaOptions({ oneOf: [{ const: 'family', title: '家庭纠纷' }] });
 * // [{ value: 'family', title: '家庭纠纷' }]
 * ```
 */
export function schemaOptions(schema: JsonSchema): SchemaOption[] | undefined {
  if (Array.isArray(schema.enum)) {
    return schema.enum.filter(isPrimitive).map((value) => ({ value }));
  }
  const list = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const options: SchemaOption[] = [];
  for (const entry of list as JsonSchema[]) {
    if (!isPrimitive(entry.const)) return undefined;
    options.push(
      typeof entry.title === 'string'
        ? { value: entry.const, title: entry.title }
        : { value: entry.const },
    );
  }
  return options;
}

function enumValues(schema: JsonSchema): unknown[] | undefined {
  if ('const' in schema) return [schema.const];
  return schemaOptions(schema)?.map((o) => o.value);
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** The sub-schema of an object's property, or of an array's items; `{}` when the schema says nothing. */
export function childSchema(schema: JsonSchema, key: string): JsonSchema {
  if (schemaType(schema) === 'array') {
    return /^\d+$/.test(key) && isSchema(schema.items) ? schema.items : {};
  }
  const properties = schema.properties;
  if (!isSchema(properties)) return {};
  const child = properties[key];
  return isSchema(child) ? child : {};
}

/**
 * The sub-schema at a dotted path (`parties.0.idNumber`), `{}` when the path leaves the schema.
 *
 * @example
 * ```ts
 * schemaAt(form.schema, 'parties.0.idNumber'); // { type: 'string', format: 'cn-idcard' }
 * ```
 */
export function schemaAt(schema: JsonSchema, path: string): JsonSchema {
  if (path === '') return schema;
  return path.split('.').reduce(childSchema, schema);
}

export function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
