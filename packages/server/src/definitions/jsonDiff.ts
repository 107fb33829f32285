/** One structural difference between two JSON documents. */
export interface JsonChange {
  op: 'add' | 'remove' | 'replace';
  /** JSON pointer (RFC 6901) into the documents. */
  path: string;
  from?: unknown;
  to?: unknown;
}

const escapeSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * A structural diff of two JSON values: objects compared key by key, arrays index by index,
 * everything else by value. Iterative (no recursion limit); stops after `limit` changes.
 *
 * @example
 * ```ts
 * jsonDiff({ a: 1, b: [1, 2] }, { a: 2, b: [1], c: true });
 * // [{ op: 'replace', path: '/a', from: 1, to: 2 }, { op: 'remove', path: '/b/1', from: 2 },
 * //  { op: 'add', path: '/c', to: true }]
 * ```
 */
export function jsonDiff(before: unknown, after: unknown, limit = 2000): JsonChange[] {
  const changes: JsonChange[] = [];
  const stack: Array<[unknown, unknown, string]> = [[before, after, '']];
  while (stack.length > 0 && changes.length < limit) {
    const [a, b, path] = stack.pop() as [unknown, unknown, string];
    if (Array.isArray(a) && Array.isArray(b)) {
      const pending: Array<[unknown, unknown, string]> = [];
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const p = `${path}/${i}`;
        if (i >= a.length) changes.push({ op: 'add', path: p, to: b[i] });
        else if (i >= b.length) changes.push({ op: 'remove', path: p, from: a[i] });
        else pending.push([a[i], b[i], p]);
      }
      stack.push(...pending.reverse());
    } else if (isObject(a) && isObject(b)) {
      const pending: Array<[unknown, unknown, string]> = [];
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) {
        const p = `${path}/${escapeSegment(key)}`;
        if (!Object.hasOwn(a, key)) changes.push({ op: 'add', path: p, to: b[key] });
        else if (!Object.hasOwn(b, key)) changes.push({ op: 'remove', path: p, from: a[key] });
        else pending.push([a[key], b[key], p]);
      }
      stack.push(...pending.reverse());
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push({ op: 'replace', path, from: a, to: b });
    }
  }
  return changes.slice(0, limit);
}
