import type { JsonSchema } from '../types';
import { isPlainObject, resolveLocalRef, subschemasOf } from './subschemas';

/**
 * How many `pattern` checks one payload can trigger at most: each pattern counts once per value
 * it can apply to, so a pattern inside a list of `maxItems: 20` counts 20. `Infinity` when a
 * list with patterns has no `maxItems` or references are recursive. With every pattern input
 * capped at 2,000 characters, this bounds the regular-expression work of one validation.
 *
 * @example
 * ```ts
 * patternChecks({ type: 'array', maxItems: 20, items: { type: 'string', pattern: '^\\d+$' } }); // 20
 * ```
 */
export function patternChecks(schema: JsonSchema): number {
  const memo = new Map<string, number>();
  const count = (node: unknown, pointer: string, refs: readonly string[]): number => {
    if (!isPlainObject(node)) return 0;
    let total = typeof node.pattern === 'string' ? 1 : 0;
    if (typeof node.$ref === 'string') {
      const target = resolveLocalRef(schema, node.$ref);
      if (target && refs.includes(target.pointer)) return Number.POSITIVE_INFINITY;
      if (target) {
        let known = memo.get(target.pointer);
        if (known === undefined) {
          known = count(target.node, target.pointer, [...refs, target.pointer]);
          memo.set(target.pointer, known);
        }
        total += known;
      }
    }
    for (const sub of subschemasOf(node, pointer)) {
      if (sub.pointer.startsWith(`${pointer}/$defs/`)) continue;
      const inner = count(sub.node, sub.pointer, refs);
      if (inner === 0) continue;
      if (sub.pointer === `${pointer}/items`) {
        const maxItems =
          typeof node.maxItems === 'number' ? node.maxItems : Number.POSITIVE_INFINITY;
        total += maxItems * inner;
      } else {
        total += inner;
      }
    }
    return total;
  };
  return count(schema, '', ['']);
}
