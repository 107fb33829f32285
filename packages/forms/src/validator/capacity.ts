import type { JsonSchema } from '../types';

type Schema = JsonSchema | boolean;

/** Number of JSON values (objects, arrays and scalars) in a plain value. */
function valueCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  let count = 1;
  for (const inner of Object.values(value)) count += valueCount(inner);
  return count;
}

function resolveRef(root: JsonSchema, ref: string): Schema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'boolean' || (node !== null && typeof node === 'object')
    ? (node as Schema)
    : undefined;
}

function typesOf(schema: JsonSchema): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  return undefined;
}

/** Capacities of referenced schemas, so references that fan out are each followed once. */
const refMemo = new WeakMap<JsonSchema, Map<string, number>>();

function capacityOf(root: JsonSchema, schema: Schema, refs: Set<string>): number {
  if (schema === false) return 0;
  if (schema === true) return Number.POSITIVE_INFINITY;
  let bound = Number.POSITIVE_INFINITY;
  const tighten = (value: number) => {
    bound = Math.min(bound, value);
  };
  if (typeof schema.$ref === 'string') {
    if (refs.has(schema.$ref)) return Number.POSITIVE_INFINITY;
    let known = refMemo.get(root)?.get(schema.$ref);
    if (known === undefined) {
      const target = resolveRef(root, schema.$ref);
      known =
        target === undefined
          ? Number.POSITIVE_INFINITY
          : capacityOf(root, target, new Set([...refs, schema.$ref]));
      if (!refMemo.has(root)) refMemo.set(root, new Map());
      refMemo.get(root)!.set(schema.$ref, known);
    }
    tighten(known);
  }
  if ('const' in schema) tighten(valueCount(schema.const));
  if (Array.isArray(schema.enum)) tighten(Math.max(0, ...schema.enum.map(valueCount)));
  const types = typesOf(schema);
  if (types) tighten(Math.max(...types.map((type) => typeCapacity(root, schema, type, refs))));
  for (const sub of (schema.allOf as Schema[] | undefined) ?? [])
    tighten(capacityOf(root, sub, refs));
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = schema[key] as Schema[] | undefined;
    if (branches?.length) tighten(Math.max(...branches.map((b) => capacityOf(root, b, refs))));
  }
  return bound;
}

function typeCapacity(
  root: JsonSchema,
  schema: JsonSchema,
  type: string,
  refs: Set<string>,
): number {
  if (type === 'object') {
    if (schema.additionalProperties !== false) return Number.POSITIVE_INFINITY;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    let sum = 1;
    for (const sub of Object.values(properties)) sum += capacityOf(root, sub, refs);
    return sum;
  }
  if (type === 'array') {
    const maxItems =
      typeof schema.maxItems === 'number' ? schema.maxItems : Number.POSITIVE_INFINITY;
    if (maxItems === 0) return 1;
    const items = (schema.items ?? true) as Schema;
    return 1 + maxItems * capacityOf(root, items, refs);
  }
  return 1;
}

/**
 * An upper bound on how many JSON values (objects, arrays, scalars) a valid payload can hold:
 * objects closed with `additionalProperties: false` hold their properties, arrays at most
 * `maxItems` entries. `Infinity` when the schema leaves some part open. A payload with more
 * values than this is invalid whatever it contains, so the validator can refuse it before Ajv
 * spends time on it.
 *
 * @example
 * ```ts
 * schemaCapacity({ type: 'array', maxItems: 3, items: { type: 'string' } }); // 4
 * ```
 */
export function schemaCapacity(schema: JsonSchema): number {
  return capacityOf(schema, schema, new Set());
}

/**
 * Counts the JSON values in `data`, stopping as soon as the count passes `limit` (so a huge
 * payload is never walked to the end). Iterative: deep nesting cannot overflow the stack.
 *
 * @example
 * ```ts
 * countValues({ a: [1, 2] }, 100); // 4
 * ```
 */
export function countValues(data: unknown, limit: number): number {
  let count = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    count++;
    if (value === null || typeof value !== 'object') continue;
    const inner = Array.isArray(value) ? value : Object.values(value);
    // Each pending value is at least one more: stop before queueing what cannot fit.
    if (count + stack.length + inner.length > limit) return count + stack.length + inner.length;
    for (const item of inner) stack.push(item);
  }
  return count;
}
