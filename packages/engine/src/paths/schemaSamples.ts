import type { JsonSchema } from '@gridcase/forms';

const MAX = 4;
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Deep-merges two plain objects; `undefined` when they disagree on a value. */
export function mergeSamples(a: Obj, b: Obj): Obj | undefined {
  const out: Obj = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    if (mine === undefined) out[key] = value;
    else if (isObj(mine) && isObj(value)) {
      const merged = mergeSamples(mine, value);
      if (!merged) return undefined;
      out[key] = merged;
    } else if (JSON.stringify(mine) !== JSON.stringify(value)) return undefined;
  }
  return out;
}

/** Every consistent merge of one choice from each list, at most {@link MAX}. */
function product(lists: unknown[][]): unknown[] {
  let acc: unknown[] = [{}];
  for (const list of lists) {
    const next: unknown[] = [];
    for (const a of acc) {
      for (const b of list) {
        const merged = isObj(a) && isObj(b) ? mergeSamples(a, b) : b;
        if (merged !== undefined && next.length < MAX) next.push(merged);
      }
    }
    acc = next;
  }
  return acc;
}

function objectSamples(s: Obj, depth: number): unknown[] {
  const props = isObj(s.properties) ? s.properties : {};
  const required = Array.isArray(s.required) ? s.required.map(String) : [];
  const base: Obj = {};
  let variants: { key: string; values: unknown[] } | undefined;
  for (const [key, sub] of Object.entries(props)) {
    const pinned = isObj(sub) && ('const' in sub || Array.isArray(sub.enum));
    if (!pinned && !required.includes(key)) continue;
    const values = schemaSamples(sub as JsonSchema, depth + 1);
    if (values.length === 0) continue;
    base[key] = values[0];
    if (!variants && values.length > 1) variants = { key, values };
  }
  if (!variants) return [base];
  const { key, values } = variants;
  return values.map((v) => ({ ...base, [key]: v }));
}

function scalarSamples(s: Obj, type: unknown, depth: number): unknown[] {
  switch (type) {
    case 'string': {
      if (s.format === 'date') return ['2026-01-05'];
      if (s.format === 'date-time') return ['2026-01-05T01:00:00Z'];
      const length = typeof s.minLength === 'number' ? Math.max(1, s.minLength) : 1;
      return ['x'.repeat(length)];
    }
    case 'integer':
    case 'number': {
      if (typeof s.minimum === 'number') return [s.minimum];
      if (typeof s.exclusiveMinimum === 'number') return [s.exclusiveMinimum + 1];
      return [typeof s.maximum === 'number' ? Math.min(0, s.maximum) : 0];
    }
    case 'boolean':
      return [true, false];
    case 'null':
      return [null];
    case 'array': {
      const [item] = isObj(s.items) ? schemaSamples(s.items as JsonSchema, depth + 1) : ['x'];
      const n = typeof s.minItems === 'number' ? Math.max(1, s.minItems) : 1;
      return [Array.from({ length: n }, () => item)];
    }
    default:
      return [];
  }
}

/**
 * A few values that satisfy a JSON Schema as forms and `dataMatches` guards write them: the
 * `const`, each `enum` value, objects with every required or pinned property, the minimum of a
 * number, both booleans, `anyOf` / `oneOf` branches and merged `allOf` parts. Patterns and
 * formats beyond dates are not honoured: the samples drive path generation, where a value that
 * fails a guard only means that path is not found. At most 4 values; `[]` when nothing is known.
 *
 * @example
 * ```ts
 * schemaSamples({ type: 'object', properties: { level: { enum: ['major', 'general'] } } });
 * // [{ level: 'major' }, { level: 'general' }]
 * ```
 */
export function schemaSamples(schema: JsonSchema | undefined, depth = 0): unknown[] {
  if (!isObj(schema) || depth > 6) return [];
  const s = schema as Obj;
  if ('const' in s) return [s.const];
  if (Array.isArray(s.enum)) return s.enum.slice(0, MAX);
  const branches = (Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : [])
    .flatMap((b) => schemaSamples(b as JsonSchema, depth + 1))
    .slice(0, MAX);
  if (branches.length) return branches;
  if (Array.isArray(s.allOf)) {
    const own = { ...s, allOf: undefined };
    const parts = [own, ...s.allOf].map((p) => schemaSamples(p as JsonSchema, depth + 1));
    return product(parts.filter((p) => p.length > 0));
  }
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' || (type === undefined && isObj(s.properties))) {
    return objectSamples(s, depth);
  }
  return scalarSamples(s, type, depth);
}

export { isObj, product };
