/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members left out, numbers and strings as `JSON.stringify` writes them. For the JSON values
 * gridcase stores this matches RFC 8785 (JCS), so any language can recompute audit hashes.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, null], c: undefined }); // '{"a":[true,null],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`canonicalJson: ${typeof value} is not JSON`);
    return text;
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined || typeof member === 'function') continue;
    members.push(`${JSON.stringify(key)}:${canonicalJson(member)}`);
  }
  return `{${members.join(',')}}`;
}
