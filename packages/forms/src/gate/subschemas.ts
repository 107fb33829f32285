import type { JsonSchema } from '../types';
import { SUBSCHEMA, SUBSCHEMA_LIST, SUBSCHEMA_MAP } from './keywords';
import { pointerJoin } from './rawFinding';

/** Where a subschema sits: its pointer, and whether it describes a value of its own. */
export interface Subschema {
  node: unknown;
  pointer: string;
  /** True for a property, an array entry or a definition; false for `allOf`, `if`, `not`... */
  isValue: boolean;
}

const VALUE_KEYWORDS = new Set(['items', 'properties', '$defs']);

/**
 * The direct subschemas of a form-dialect schema node, in document order. Unsupported keywords
 * are not descended into (the gate rejects them anyway).
 */
export function subschemasOf(schema: JsonSchema, pointer: string): Subschema[] {
  const found: Subschema[] = [];
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    const at = pointerJoin(pointer, key);
    const isValue = VALUE_KEYWORDS.has(key);
    if ((SUBSCHEMA as readonly string[]).includes(key)) {
      found.push({ node: value, pointer: at, isValue });
    } else if ((SUBSCHEMA_MAP as readonly string[]).includes(key) && isPlainObject(value)) {
      for (const name of Object.keys(value))
        found.push({ node: value[name], pointer: pointerJoin(at, name), isValue });
    } else if ((SUBSCHEMA_LIST as readonly string[]).includes(key) && Array.isArray(value)) {
      value.forEach((node, index) => {
        found.push({ node, pointer: pointerJoin(at, index), isValue });
      });
    }
  }
  return found;
}

/** A non-null, non-array object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Resolves a local `$ref` (`#`, `#/$defs/party`) to its JSON pointer and node. */
export function resolveLocalRef(
  root: unknown,
  ref: string,
): { pointer: string; node: unknown } | undefined {
  if (ref !== '#' && !ref.startsWith('#/')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  let node = root;
  for (const part of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return { pointer, node };
}
