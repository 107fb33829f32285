/** Reads a dotted path (`address.city`, `parties.0.name`) from plain data; own properties only. */
export function getPath(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * Returns `data` without the value at a dotted path, copying only the containers on the way
 * (the caller's data is never changed). Missing paths return `data` itself.
 */
export function omitPath(data: unknown, path: string): unknown {
  const [key, ...rest] = path.split('.');
  if (key === undefined || data === null || typeof data !== 'object' || !Object.hasOwn(data, key)) {
    return data;
  }
  const record = data as Record<string, unknown>;
  if (rest.length > 0) {
    const inner = omitPath(record[key], rest.join('.'));
    if (inner === record[key]) return data;
    return replaceKey(record, key, inner);
  }
  if (Array.isArray(data)) return replaceKey(record, key, undefined);
  const copy: Record<string, unknown> = {};
  for (const own of Object.keys(record)) if (own !== key) defineOwn(copy, own, record[own]);
  return copy;
}

/**
 * Returns `data` with `value` at an existing dotted path, copying only the containers on the way.
 */
export function setPath(data: unknown, path: string, value: unknown): unknown {
  const [key, ...rest] = path.split('.');
  if (key === undefined || data === null || typeof data !== 'object') return data;
  const record = data as Record<string, unknown>;
  const inner = rest.length > 0 ? setPath(record[key], rest.join('.'), value) : value;
  return inner === record[key] ? data : replaceKey(record, key, inner);
}

function replaceKey(record: Record<string, unknown>, key: string, value: unknown): unknown {
  if (Array.isArray(record)) {
    const copy = [...record];
    copy[Number(key)] = value;
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const own of Object.keys(record)) defineOwn(copy, own, own === key ? value : record[own]);
  return copy;
}

/** Plain assignment would turn a `__proto__` key into a prototype change. */
function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
