/**
 * Where the server reads time. The engine reads no clock; the server passes `now` in.
 * Tests use {@link createManualClock} to move time without waiting.
 */
export interface Clock {
  now(): Date;
}

/**
 * The wall clock.
 *
 * @example
 * ```ts
 * const app = createGridcaseApp({ store, auth, clock: systemClock });
 * ```
 */
export const systemClock: Clock = { now: () => new Date() };

/** A clock a test sets and advances by hand. */
export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

/**
 * A clock that stands still until told to move.
 *
 * @example
 * ```ts
 * const clock = createManualClock('2026-03-02T01:00:00Z');
 * clock.advance(24 * 3600_000);
 * clock.now().toISOString(); // '2026-03-03T01:00:00.000Z'
 * ```
 */
export function createManualClock(start: Date | string = '2026-03-02T01:00:00.000Z'): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
