import { gridcaseError } from '@gridcase/engine';

/** Limits on a JSON body, checked before any schema validator or store sees it. */
export interface JsonLimits {
  /** Maximum nesting of arrays and objects (M5: recursive validators overflow far deeper). */
  maxDepth: number;
  /** Maximum length of any string (keys included). */
  maxString: number;
  /** Maximum items in any array. */
  maxArray: number;
}

/** Keys that could reach an object's prototype when data is merged or assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Measures the nesting depth of JSON text without parsing it: one pass, no recursion, so a
 * 10,000-deep body is refused in linear time before `JSON.parse` builds it (research M4/M5).
 *
 * @example
 * ```ts
 * jsonTextDepth('{"a":[1,{"b":2}]}'); // 3
 * jsonTextDepth('"[[["'); // 0 (brackets inside strings do not count)
 * ```
 */
export function jsonTextDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return max;
}

/**
 * Parses a JSON request body safely: depth checked on the text first, then parsed, then walked
 * iteratively for forbidden keys (`__proto__`, `constructor`, `prototype`) and oversized strings
 * or arrays. Throws a `GridcaseError` with `request.jsonTooDeep`, `request.invalid`,
 * `request.forbiddenKey` or `request.jsonTooLarge`.
 *
 * @example
 * ```ts
 * parseJsonSafely('{"a":1}', { maxDepth: 32, maxString: 65536, maxArray: 1000 }); // { a: 1 }
 * parseJsonSafely('{"__proto__":{"x":1}}', limits); // throws request.forbiddenKey
 * ```
 */
export function parseJsonSafely(text: string, limits: JsonLimits): unknown {
  if (jsonTextDepth(text, limits.maxDepth) > limits.maxDepth) {
    throw gridcaseError('request.jsonTooDeep', { limit: limits.maxDepth });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw gridcaseError('request.invalid', { reason: (error as Error).message });
  }
  checkJsonValue(value, limits);
  return value;
}

/**
 * Walks a parsed value (iteratively) and refuses forbidden keys and oversized strings/arrays.
 *
 * @example
 * ```ts
 * checkJsonValue(JSON.parse(text), { maxDepth: 32, maxString: 65536, maxArray: 1000 });
 * ```
 */
export function checkJsonValue(value: unknown, limits: JsonLimits): void {
  const tooLarge = (path: string) =>
    gridcaseError('request.jsonTooLarge', {
      path,
      maxString: limits.maxString,
      maxArray: limits.maxArray,
    });
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: string };
    if (typeof current === 'string') {
      if (current.length > limits.maxString) throw tooLarge(path);
    } else if (Array.isArray(current)) {
      if (current.length > limits.maxArray) throw tooLarge(path);
      current.forEach((item, i) => {
        stack.push({ value: item, path: path ? `${path}.${i}` : String(i) });
      });
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) throw gridcaseError('request.forbiddenKey', { key, path });
        if (key.length > limits.maxString) throw tooLarge(path);
        stack.push({
          value: (current as Record<string, unknown>)[key],
          path: path ? `${path}.${key}` : key,
        });
      }
    }
  }
}
