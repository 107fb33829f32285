import { gridcaseError } from '@gridcase/engine';

/** The deepest nesting a store accepts by default (the HTTP layer allows 32 in a body). */
export const DEFAULT_MAX_DEPTH = 64;

const reject = (reason: string, maxDepth: number) =>
  gridcaseError('store.valueRejected', { reason, maxDepth });

/**
 * Checks that `value` is plain JSON no deeper than `maxDepth`, without recursion (so a
 * 10,000-deep value cannot overflow the stack here), then serializes it. Throws
 * `store.valueRejected` for bigints, symbols, functions, non-finite numbers, cycles and
 * too-deep values: nothing reaches a journal or a map that `JSON.stringify` would choke on
 * later (reliability.md M4).
 *
 * @example
 * ```ts
 * const json = toStorableJson(commit); // then append json; the caller's object may change later
 * ```
 */
export function toStorableJson(value: unknown, maxDepth = DEFAULT_MAX_DEPTH): string {
  assertStorable(value, maxDepth);
  try {
    return JSON.stringify(value);
  } catch (error) {
    throw reject(error instanceof Error ? error.message : String(error), maxDepth);
  }
}

/**
 * The checks of {@link toStorableJson} without serializing: throws `store.valueRejected` for
 * what a store must not take. Run it before anything recursive (hashing, copying) sees a
 * value from outside.
 *
 * @example
 * ```ts
 * assertStorable(auditDrafts);
 * ```
 */
export function assertStorable(value: unknown, maxDepth = DEFAULT_MAX_DEPTH): void {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    switch (typeof item) {
      case 'string':
      case 'boolean':
      case 'undefined':
        continue;
      case 'number':
        if (!Number.isFinite(item)) throw reject(`non-finite number ${item}`, maxDepth);
        continue;
      case 'object': {
        if (item === null) continue;
        if (depth > maxDepth) throw reject(`nested deeper than ${maxDepth} levels`, maxDepth);
        if (item instanceof Date) continue;
        const children = Array.isArray(item) ? item : Object.values(item);
        for (const child of children) stack.push([child, depth + 1]);
        continue;
      }
      default:
        throw reject(`a ${typeof item} is not JSON`, maxDepth);
    }
  }
}

/**
 * A deep copy with JSON semantics, after the same checks as {@link toStorableJson}.
 *
 * @example
 * ```ts
 * const stored = toStorable(county); // later changes to `county` do not reach `stored`
 * ```
 */
export function toStorable<T>(value: T, maxDepth = DEFAULT_MAX_DEPTH): T {
  return JSON.parse(toStorableJson(value, maxDepth)) as T;
}
