import type { JsonSchema } from '../types';
import { GATE_LIMITS as L } from './limits';
import { isPlainObject, resolveLocalRef } from './subschemas';

type Node = Record<string, unknown>;
const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;

/** A schema with its `$ref` followed (once per level), or undefined if it is not an object. */
export function resolved(root: JsonSchema, schema: unknown, seen = 0): Node | undefined {
  if (!isPlainObject(schema)) return undefined;
  if (typeof schema.$ref === 'string' && seen <= L.depth) {
    return resolved(root, resolveLocalRef(root, schema.$ref)?.node, seen + 1) ?? schema;
  }
  return schema;
}

/** The schema of property `name`, looking through `$ref`, `allOf`/`anyOf`/`oneOf` and `then`/`else`. */
export function propertyOf(root: JsonSchema, schema: unknown, name: string, seen = 0): unknown {
  if (!isPlainObject(schema) || seen > L.depth) return undefined;
  if (typeof schema.$ref === 'string') {
    const found = propertyOf(root, resolveLocalRef(root, schema.$ref)?.node, name, seen + 1);
    if (found !== undefined) return found;
  }
  if (isPlainObject(schema.properties) && Object.hasOwn(schema.properties, name)) {
    return schema.properties[name];
  }
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

/** The schema at a dotted path of properties (`address.city`), or undefined. */
export function pathSchema(root: JsonSchema, scope: unknown, path: string): unknown {
  let node = scope;
  for (const name of path.split('.')) {
    node = propertyOf(root, resolved(root, node), name);
    if (node === undefined) return undefined;
  }
  return node;
}

/** The JSON types a schema declares. */
export function typesOf(schema: Node | undefined): string[] {
  if (!schema) return [];
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type) ? schema.type.map(String) : [];
}

/** The values a field may choose from: `enum`, `const`s of `oneOf`/`anyOf`, or those of its items. */
export function choicesOf(root: JsonSchema, schema: Node | undefined): unknown[] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (Array.isArray(branches) && branches.every((b) => isPlainObject(b) && 'const' in b)) {
      return branches.map((b) => (b as Node).const);
    }
  }
  if (typesOf(schema).includes('array')) return choicesOf(root, resolved(root, schema.items));
  return undefined;
}
