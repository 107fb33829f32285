/**
 * The calendar date in China (UTC+8) of a moment, `YYYY-MM-DD`, as forms' `date` fields hold it.
 *
 * @example
 * ```ts
 * chinaDate(new Date('2026-11-20T17:00:00Z')); // '2026-11-21'
 * ```
 */
export function chinaDate(at: Date, plusDays = 0): string {
  return new Date(at.getTime() + 8 * 3_600_000 + plusDays * 86_400_000).toISOString().slice(0, 10);
}
