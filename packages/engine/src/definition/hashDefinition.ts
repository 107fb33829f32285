import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * JSON with object keys sorted at every level and `undefined` members dropped: two documents
 * that mean the same print the same.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [2, { d: 3, c: undefined }] }); // '{"a":[2,{"d":3}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(',')}}`;
}

/**
 * The sha256 (hex) of a definition's canonical JSON. Pure JavaScript: the same in the browser
 * and in Node. Cases pin it next to the definition's id and version.
 *
 * @example
 * ```ts
 * hashDefinition(disputeTemplate); // '3f2a…' (64 hex characters)
 * ```
 */
export function hashDefinition(definition: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(definition))));
}
