import type { PiiField } from '@gridcase/forms';

/** Expands `parties.*.idNumber` against data into concrete paths with their values. */
function expand(
  data: unknown,
  segments: string[],
  prefix: string[],
  out: Record<string, unknown>,
): void {
  if (segments.length === 0) {
    if (data !== undefined && data !== null && data !== '') out[prefix.join('.')] = data;
    return;
  }
  if (data === null || typeof data !== 'object') return;
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === '*') {
    if (Array.isArray(data)) {
      for (const [i, item] of data.entries()) expand(item, rest, [...prefix, String(i)], out);
    }
    return;
  }
  if (Object.hasOwn(data, head))
    expand((data as Record<string, unknown>)[head], rest, [...prefix, head], out);
}

const matches = (pattern: string, path: string) => {
  const p = pattern.split('.');
  const q = path.split('.');
  return p.length === q.length && p.every((seg, i) => seg === '*' || seg === q[i]);
};

/**
 * The unmasked personal-data values of a case, keyed by concrete path, optionally only those a
 * list of requested paths or patterns names.
 *
 * @example
 * ```ts
 * revealValues(data, [{ path: 'parties.*.idNumber', kind: 'idcard' }], ['parties.0.idNumber']);
 * // { 'parties.0.idNumber': '11010519491231002X' }
 * ```
 */
export function revealValues(
  data: Record<string, unknown>,
  fields: PiiField[],
  wanted?: string[],
): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const field of fields) expand(data, field.path.split('.'), [], all);
  if (!wanted) return all;
  const picked: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(all)) {
    if (wanted.some((w) => matches(w, path))) picked[path] = value;
  }
  return picked;
}
