const encoder = new TextEncoder();

/**
 * The UTF-8 size of a value's JSON, measured without building the JSON: iterative (any depth),
 * stopping once past `limit`. `undefined` when the value is not JSON (a cycle, a function, a
 * bigint...). Shared references are fine, as with `JSON.stringify`.
 *
 * @example
 * ```ts
 * jsonSize({ a: [1, 'é'] }, 100); // 14, the length of '{"a":[1,"é"]}' in UTF-8
 * ```
 */
export function jsonSize(value: unknown, limit: number): number | undefined {
  let bytes = 0;
  const onPath = new Set<object>();
  const stack: { value: unknown; exit?: boolean }[] = [{ value }];
  while (stack.length > 0 && bytes <= limit) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (frame.exit) {
      onPath.delete(current as object);
      continue;
    }
    if (current === null || typeof current === 'boolean')
      bytes += current === null ? 4 : String(current).length;
    else if (typeof current === 'number') {
      if (!Number.isFinite(current)) return undefined;
      bytes += String(current).length;
    } else if (typeof current === 'string') bytes += encoder.encode(JSON.stringify(current)).length;
    else if (typeof current === 'object') {
      if (onPath.has(current)) return undefined;
      onPath.add(current);
      stack.push({ value: current, exit: true });
      const count = Array.isArray(current) ? current.length : Object.keys(current).length;
      // Every entry takes at least 2 bytes (a value and a separator): stop before listing them.
      if (bytes + 2 * count > limit) return bytes + 2 * count;
      const entries = Array.isArray(current)
        ? current.map((v) => ['', v] as const)
        : Object.entries(current);
      bytes += 2 + Math.max(0, entries.length - 1);
      for (const [key, inner] of entries) {
        if (!Array.isArray(current)) bytes += encoder.encode(JSON.stringify(key)).length + 1;
        stack.push({ value: inner });
      }
    } else return undefined;
  }
  return bytes;
}
