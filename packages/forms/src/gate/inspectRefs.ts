import type { JsonSchema } from '../types';
import { GATE_LIMITS as L } from './limits';
import { pointerJoin, type RawFinding } from './rawFinding';
import { isPlainObject, resolveLocalRef, subschemasOf } from './subschemas';

interface RefSite {
  /** Pointer of the `$ref` keyword. */
  at: string;
  ref: string;
  /** Subschema levels between the referenced node's root and the `$ref`. */
  depth: number;
}

/**
 * The `$ref`s inside one subtree with their depth below it, and the subtree's own depth
 * (descends at most `L.depth + 1` levels).
 */
function refsBelow(node: unknown, pointer: string): { sites: RefSite[]; depth: number } {
  const sites: RefSite[] = [];
  let deepest = 0;
  const visit = (current: unknown, at: string, depth: number) => {
    if (!isPlainObject(current) || depth > L.depth + 1) return;
    deepest = Math.max(deepest, depth);
    if (typeof current.$ref === 'string')
      sites.push({ at: pointerJoin(at, '$ref'), ref: current.$ref, depth });
    for (const sub of subschemasOf(current, at)) {
      // $defs are not part of the data's shape; they count where they are referenced.
      if (!sub.pointer.startsWith(`${at}/$defs/`)) visit(sub.node, sub.pointer, depth + 1);
    }
  };
  visit(node, pointer, 0);
  return { sites, depth: deepest };
}

/**
 * Follows local `$ref`s: reports recursion (data could nest without end), and nesting deeper
 * than the limit once references are expanded. Each referenced node is explored once, so a
 * schema whose references fan out cannot make this exponential.
 */
export function inspectRefs(root: JsonSchema, out: RawFinding[]): void {
  const state = new Map<string, 'visiting' | number>();
  let recursionReported = false;

  /** The deepest subschema level reachable below `pointer`, references expanded. */
  const depthBelow = (pointer: string, node: unknown): number => {
    const known = state.get(pointer);
    if (typeof known === 'number') return known;
    state.set(pointer, 'visiting');
    const below = refsBelow(node, pointer);
    let deepest = below.depth;
    for (const site of below.sites) {
      const target = resolveLocalRef(root, site.ref);
      if (!target) continue;
      if (state.get(target.pointer) === 'visiting') {
        if (!recursionReported)
          out.push({ pointer: site.at, code: 'ref.recursive', params: { ref: site.ref } });
        recursionReported = true;
        continue;
      }
      deepest = Math.max(deepest, site.depth + depthBelow(target.pointer, target.node));
      if (deepest > L.depth) break;
    }
    state.set(pointer, deepest);
    return deepest;
  };

  const expanded = depthBelow('', root);
  if (expanded > L.depth && !recursionReported) {
    out.push({ pointer: '', code: 'schema.tooDeep', params: { limit: L.depth } });
  }
}
