import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * JSON with object keys sorted at every level, so equal schemas give equal text whatever the
 * order their keys were written in. Throws on cycles and values JSON cannot carry.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) {
      Object.defineProperty(sorted, key, {
        value: (inner as Record<string, unknown>)[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return sorted;
  });
}

/**
 * The sha256 (hex) of a schema's canonical JSON. The same in Node and in browsers; the validator
 * caches compiled schemas by it and the engine can pin a form version with it.
 *
 * @example
 * ```ts
 * schemaHash({ type: 'string' }) === schemaHash({ type: 'string' }); // true
 * ```
 */
export function schemaHash(schema: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(schema))));
}
