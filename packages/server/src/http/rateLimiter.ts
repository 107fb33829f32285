import type { Clock } from '../clock';

/** A token bucket: `capacity` requests at once, refilled at `perSecond`. */
export interface BucketRule {
  capacity: number;
  perSecond: number;
}

/** The outcome of taking a token. */
export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** In-memory token buckets keyed by caller (user id, never IP: callers sit behind proxies). */
export interface RateLimiter {
  take(key: string): TakeResult;
}

/**
 * Creates a per-key token bucket limiter. One process only; a multi-process deployment puts a
 * shared limiter in front. Buckets idle for longer than a full refill are forgotten.
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ capacity: 5, perSecond: 5 / 60 }, clock);
 * limiter.take('user-1'); // { ok: true }
 * ```
 */
export function createRateLimiter(rule: BucketRule, clock: Clock): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const fullRefillMs = (rule.capacity / rule.perSecond) * 1000;
  let lastSweep = clock.now().getTime();

  function sweep(now: number): void {
    if (now - lastSweep < fullRefillMs || buckets.size < 1000) return;
    lastSweep = now;
    for (const [key, bucket] of buckets) if (now - bucket.at > fullRefillMs) buckets.delete(key);
  }

  return {
    take(key) {
      const now = clock.now().getTime();
      sweep(now);
      const bucket = buckets.get(key) ?? { tokens: rule.capacity, at: now };
      const refilled = Math.min(
        rule.capacity,
        bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond,
      );
      if (refilled < 1) {
        buckets.set(key, { tokens: refilled, at: now });
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / rule.perSecond)),
        };
      }
      buckets.set(key, { tokens: refilled - 1, at: now });
      return { ok: true };
    },
  };
}
