import type { CalendarConfig } from '../types';
import { calendarFor } from './createCalendar';

/**
 * 24:00 county time of the `n`-th working day counted from `from` (see {@link createCalendar}
 * for the exact semantics).
 *
 * @example
 * ```ts
 * // Entered Friday 2026-11-20 15:00 (+08:00); 3 working days: Mon, Tue, Wed.
 * addWorkingDays('2026-11-20T07:00:00Z', 3).toISOString(); // '2026-11-25T16:00:00.000Z'
 * ```
 */
export function addWorkingDays(from: Date | string, n: number, config?: CalendarConfig): Date {
  return calendarFor(config).addWorkingDays(from, n);
}

/**
 * Whole working days between two instants, e.g. how long a case has been overdue.
 *
 * @example
 * ```ts
 * workingDaysBetween('2026-11-20T07:00:00Z', '2026-11-25T16:00:00Z'); // 3
 * ```
 */
export function workingDaysBetween(
  from: Date | string,
  to: Date | string,
  config?: CalendarConfig,
): number {
  return calendarFor(config).workingDaysBetween(from, to);
}
