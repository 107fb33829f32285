import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonicalJson';
import type { Clock } from '../clock';

/** Remembers the reports of the last window to refuse the same one twice. */
export interface RecentReports {
  /** True when the same report came within the window (and remembers this one either way). */
  seen(countyId: string, caseType: string, data: Record<string, unknown>): boolean;
}

/** Strings trimmed, inner whitespace collapsed, letters lower-cased: a resend matches. */
function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ').toLowerCase();
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

/**
 * Creates the duplicate detector: the same county, case type and normalized data within
 * `windowMs` counts as the same report. Keeps only hashes, in this process's memory.
 *
 * @example
 * ```ts
 * const recent = createRecentReports(clock, 600_000);
 * recent.seen('fengyuan', 'dispute', data); // false, then true for the same data
 * ```
 */
export function createRecentReports(clock: Clock, windowMs: number): RecentReports {
  const until = new Map<string, number>();
  return {
    seen(countyId, caseType, data) {
      const now = clock.now().getTime();
      for (const [key, at] of until) if (at <= now) until.delete(key);
      const key = createHash('sha256')
        .update(canonicalJson({ countyId, caseType, data: normalize(data) }))
        .digest('hex');
      const known = until.has(key);
      until.set(key, now + windowMs);
      return known;
    },
  };
}
