import { inspectNode, type Tally } from './inspectNode';
import { inspectRefs } from './inspectRefs';
import { GATE_LIMITS as L } from './limits';
import type { RawFinding } from './rawFinding';
import { isPlainObject, subschemasOf } from './subschemas';

/** UTF-8 length of a value's JSON, or undefined when it has none (cycles, extreme depth). */
export function jsonBytes(value: unknown): number | undefined {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : new TextEncoder().encode(text).length;
  } catch {
    return undefined;
  }
}

/**
 * The structural checks of the publish gate, without compiling: size, depth, counts, keywords,
 * names, patterns, formats, references. Linear in the schema's size.
 */
export function inspectSchema(schema: unknown): RawFinding[] {
  const out: RawFinding[] = [];
  const bytes = jsonBytes(schema);
  if (!isPlainObject(schema) || bytes === undefined)
    return [{ pointer: '', code: 'schema.notJson' }];
  if (bytes > L.schemaBytes)
    out.push({ pointer: '', code: 'schema.tooLarge', params: { bytes, limit: L.schemaBytes } });

  const tally: Tally = { properties: 0, patterns: 0 };
  let tooDeep = false;
  const walk = (node: unknown, pointer: string, depth: number, isValue: boolean) => {
    if (node === true && isValue) out.push({ pointer, code: 'schema.untyped' });
    if (!isPlainObject(node)) return;
    if (depth > L.depth) {
      if (!tooDeep) out.push({ pointer, code: 'schema.tooDeep', params: { limit: L.depth } });
      tooDeep = true;
      return;
    }
    inspectNode(schema, node, pointer, isValue, tally, out);
    for (const sub of subschemasOf(node, pointer))
      walk(sub.node, sub.pointer, depth + 1, sub.isValue);
  };
  walk(schema, '', 0, true);

  if (tally.properties > L.properties) {
    out.push({
      pointer: '',
      code: 'schema.tooManyProperties',
      params: { count: tally.properties, limit: L.properties },
    });
  }
  if (tally.patterns > L.patterns) {
    out.push({
      pointer: '',
      code: 'schema.tooManyPatterns',
      params: { count: tally.patterns, limit: L.patterns },
    });
  }
  if (!tooDeep && !out.some((f) => f.code === 'ref.unresolved' || f.code === 'ref.external'))
    inspectRefs(schema, out);
  return out;
}
