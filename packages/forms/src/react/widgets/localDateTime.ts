const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/**
 * Turns what an `<input type="datetime-local">` holds (`2026-03-01T09:30`, wall-clock time with no
 * zone) into an RFC 3339 date-time with the given UTC offset (minutes east of UTC, `+08:00` is
 * 480), which is what JSON Schema's `date-time` format accepts. `''` becomes `undefined`.
 *
 * @example
 * ```ts
 * fromLocalInput('2026-03-01T09:30', 480); // '2026-03-01T09:30:00+08:00'
 * ```
 */
export function fromLocalInput(local: string, offsetMinutes: number): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(local);
  if (!match) return undefined;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  return `${match[1]}T${match[2]}${match[3] ?? ':00'}${zone}`;
}

/**
 * The wall-clock text a `datetime-local` input shows for an RFC 3339 date-time, in the zone with
 * the given offset. Anything that is not a date-time shows as `''`.
 *
 * @example
 * ```ts
 * toLocalInput('2026-03-01T01:30:00Z', 480); // '2026-03-01T09:30'
 * ```
 */
export function toLocalInput(value: unknown, offsetMinutes: number): string {
  if (typeof value !== 'string' || value === '') return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  const shifted = new Date(time + offsetMinutes * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The browser's current UTC offset in minutes east of UTC (China: 480). */
export function localOffsetMinutes(at: Date = new Date()): number {
  return -at.getTimezoneOffset();
}
