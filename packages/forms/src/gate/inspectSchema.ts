import { inspectNode, type Tally } from './inspectNode';
import { inspectRefs } from './inspectRefs';
import { jsonSize } from './jsonSize';
import { GATE_LIMITS as L } from './limits';
import type { RawFinding } from './rawFinding';
import { isPlainObject, subschemasOf } from './subschemas';

/**
 * The structural checks of the publish gate, without compiling: size, depth, counts, keywords,
 * names, patterns, formats, references. Linear in the schema's size; a schema over the size
 * limit gets `schema.tooLarge` alone.
 */
export function inspectSchema(schema: unknown): RawFinding[] {
  const out: RawFinding[] = [];
  const bytes = jsonSize(schema, L.schemaBytes);
  if (!isPlainObject(schema) || bytes === undefined) {
    return [{ pointer: '', code: 'schema.notJson' }];
  }
  // too large is the whole answer: the rest is not walked, and its findings would bury the one
  // that matters (a 3,000-field schema is "too large", not 3,000 things to fix)
  if (bytes > L.schemaBytes) {
    return [{ pointer: '', code: 'schema.tooLarge', params: { limit: L.schemaBytes } }];
  }

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
