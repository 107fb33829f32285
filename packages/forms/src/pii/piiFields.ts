import type { JsonSchema, PiiKind } from '../types';

/** A schema property that carries personal data. */
export interface PiiField {
  /** Dotted path; `*` stands for every entry of an array (`parties.*.idNumber`). */
  path: string;
  kind: PiiKind;
}

const BRANCHES = ['allOf', 'anyOf', 'oneOf'] as const;
const SINGLES = ['if', 'then', 'else'] as const;

function resolveRef(root: JsonSchema, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function walk(
  root: JsonSchema,
  node: unknown,
  path: string,
  refs: readonly string[],
  found: Map<string, PiiKind>,
) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const schema = node as JsonSchema;
  const kind = schema['x-pii'];
  if (typeof kind === 'string' && !found.has(path)) found.set(path, kind as PiiKind);
  const join = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (typeof schema.$ref === 'string' && !refs.includes(schema.$ref)) {
    walk(root, resolveRef(root, schema.$ref), path, [...refs, schema.$ref], found);
  }
  const properties = schema.properties;
  if (properties && typeof properties === 'object') {
    for (const [key, sub] of Object.entries(properties)) walk(root, sub, join(key), refs, found);
  }
  if (schema.items !== undefined) walk(root, schema.items, join('*'), refs, found);
  for (const key of BRANCHES) {
    if (Array.isArray(schema[key]))
      for (const sub of schema[key] as unknown[]) walk(root, sub, path, refs, found);
  }
  for (const key of SINGLES) walk(root, schema[key], path, refs, found);
}

/**
 * Lists the properties a schema marks with `x-pii`, including those inside arrays of objects,
 * `$ref`s and `allOf`/`anyOf`/`oneOf`/`if`/`then`/`else`.
 *
 * @example
 * ```ts
 * piiFields({
 *   type: 'object',
 *   properties: {
 *     parties: { type: 'array', items: { type: 'object', properties: {
 *       idNumber: { type: 'string', 'x-pii': 'idcard' } } } },
 *   },
 * }); // [{ path: 'parties.*.idNumber', kind: 'idcard' }]
 * ```
 */
export function piiFields(schema: JsonSchema): PiiField[] {
  const found = new Map<string, PiiKind>();
  walk(schema, schema, '', [], found);
  return [...found].map(([path, kind]) => ({ path, kind }));
}
