import { gridcaseError } from '../errors';
import type { CalendarConfig } from '../types';

const DAY_MS = 86_400_000;
/** Asia/Shanghai: UTC+8 all year (no daylight saving). */
export const SHANGHAI_OFFSET_MINUTES = 480;
/** Ten years: no real calendar needs more days to find N working days. */
const MAX_SCAN_DAYS = 3653;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A county's working-day calendar. Every deadline in gridcase is counted on one.
 *
 * Semantics (the same everywhere):
 * - A calendar day runs from 00:00 to 24:00 county time (UTC+8 by default).
 * - A day is a working day if it is listed in `workdays` (调休), else not if listed in
 *   `holidays`, else if it is Monday to Friday.
 * - Counting from an instant, a day counts once it *starts* at or after that instant: a stage
 *   entered at 10:00 on Monday starts counting on Tuesday (民法典 §201: the first day is not
 *   counted); one entered at exactly 00:00 counts that day.
 * - "Due within N working days" means due at 24:00 county time of the N-th counted working day.
 */
export interface WorkingCalendar {
  readonly config: Readonly<CalendarConfig>;
  /** Whether a `YYYY-MM-DD` date is a working day. */
  isWorkingDay(day: string): boolean;
  /** The county-local `YYYY-MM-DD` date of an instant. */
  localDate(at: Date | string): string;
  /** 24:00 county time of the `n`-th working day counted from `from` (n = 0: the next 24:00). */
  addWorkingDays(from: Date | string, n: number): Date;
  /** How many whole working days lie between two instants (0 when `to` is not after `from`). */
  workingDaysBetween(from: Date | string, to: Date | string): number;
}

function toMs(at: Date | string): number {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw gridcaseError('calendar.invalidDate', { value: String(at) });
  return ms;
}

/** Day numbers (days since 1970-01-01) of `YYYY-MM-DD` dates. */
function checkDays(days: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const day of days) {
    const ms = Date.parse(`${day}T00:00:00Z`);
    if (!DATE_RE.test(day) || Number.isNaN(ms)) {
      throw gridcaseError('calendar.invalidDate', { value: day });
    }
    out.add(ms / DAY_MS);
  }
  return out;
}

/**
 * Builds a working-day calendar from a county's holidays and make-up workdays.
 *
 * @example
 * ```ts
 * const cal = createCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'] });
 * cal.isWorkingDay('2026-10-01'); // false (National Day, a Thursday)
 * cal.isWorkingDay('2026-10-10'); // true (a Saturday worked instead)
 * // Entered on Wed 2026-09-30 at 10:00 (+08:00), due within 1 working day:
 * cal.addWorkingDays('2026-09-30T02:00:00Z', 1).toISOString(); // '2026-10-01T16:00:00.000Z'
 * ```
 */
export function createCalendar(
  config: CalendarConfig = { holidays: [], workdays: [] },
): WorkingCalendar {
  const holidays = checkDays(config.holidays);
  const workdays = checkDays(config.workdays);
  const offsetMs = (config.utcOffsetMinutes ?? SHANGHAI_OFFSET_MINUTES) * 60_000;

  const dayName = (index: number) => new Date(index * DAY_MS).toISOString().slice(0, 10);
  const isWorkingIndex = (index: number): boolean => {
    if (workdays.has(index)) return true;
    if (holidays.has(index)) return false;
    const weekday = (index + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6;
  };
  /** Index of the first local day starting at or after the instant. */
  const firstCountedDay = (ms: number) => Math.ceil((ms + offsetMs) / DAY_MS);
  const endOfDay = (index: number) => new Date((index + 1) * DAY_MS - offsetMs);

  return {
    config,
    isWorkingDay(day) {
      const index = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
      if (!DATE_RE.test(day) || !Number.isInteger(index)) {
        throw gridcaseError('calendar.invalidDate', { value: day });
      }
      return isWorkingIndex(index);
    },
    localDate(at) {
      return dayName(Math.floor((toMs(at) + offsetMs) / DAY_MS));
    },
    addWorkingDays(from, n) {
      if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`addWorkingDays: n must be a whole number >= 0, got ${n}`);
      }
      const first = firstCountedDay(toMs(from));
      if (n === 0) return new Date(first * DAY_MS - offsetMs);
      let found = 0;
      for (let index = first; index < first + MAX_SCAN_DAYS; index++) {
        if (isWorkingIndex(index) && ++found === n) return endOfDay(index);
      }
      throw new RangeError(`addWorkingDays: fewer than ${n} working days in ten years`);
    },
    workingDaysBetween(from, to) {
      const toMsValue = toMs(to);
      let count = 0;
      for (let index = firstCountedDay(toMs(from)); ; index++) {
        if (endOfDay(index).getTime() > toMsValue) return count;
        if (isWorkingIndex(index)) count++;
      }
    },
  };
}

const cache = new WeakMap<CalendarConfig, WorkingCalendar>();
const plain = createCalendar();

/**
 * The calendar for a config, built once per config object (plain Mon-Fri weeks without one).
 *
 * @example
 * ```ts
 * const cal = calendarFor(county.calendar);
 * ```
 */
export function calendarFor(config?: CalendarConfig): WorkingCalendar {
  if (!config) return plain;
  let cal = cache.get(config);
  if (!cal) {
    cal = createCalendar(config);
    cache.set(config, cal);
  }
  return cal;
}
