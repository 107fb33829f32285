import type { Random } from './random';

/**
 * How many hours ago a seeded case was opened: between one day and `days` ago, more of them
 * recent (as a county's caseload grows and old cases close), so lists show cases in every stage.
 *
 * @example
 * ```ts
 * openedHoursAgo(random, 110); // e.g. 317
 * ```
 */
export function openedHoursAgo(random: Random, days: number): number {
  return Math.round(24 + (days * 24 - 24) * random.next() ** 1.6);
}
