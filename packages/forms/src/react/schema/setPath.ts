/**
 * Writes `value` at a dotted path, creating arrays for numeric segments and objects otherwise,
 * the way react-hook-form lays out values and errors (`parties.0.name` -> `{ parties: [{ name }] }`).
 *
 * @example
 * ```ts
 * setPath({}, 'parties.1.name', '王五'); // { parties: [ , { name: '王五' }] }
 * ```
 */
export function setPath<T extends Record<string, unknown>>(
  target: T,
  path: string,
  value: unknown,
): T {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  keys.forEach((key, index) => {
    if (index === keys.length - 1) {
      node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) {
      node[key] = /^\d+$/.test(keys[index + 1] ?? '') ? [] : {};
    }
    node = node[key] as Record<string, unknown>;
  });
  return target;
}
