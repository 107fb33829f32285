import type { CaseRecord } from '../types';

const time = (at: Date | string) => (typeof at === 'string' ? Date.parse(at) : at.getTime());

/**
 * When a case fell or falls due: the earliest `dueAt` among its open breach deadlines and the
 * stages it is still in whose breach has fired (warnings do not count). `undefined` for a
 * closed case or one with no deadline. This is the one "due" every list, filter, sort, key
 * figure and badge uses; a store may index it as a column.
 *
 * @example
 * ```ts
 * caseDueAt(caseRecord); // '2026-11-30T16:00:00.000Z' or undefined
 * ```
 */
export function caseDueAt(
  record: Pick<CaseRecord, 'deadlines' | 'breaches'> & { status?: CaseRecord['status'] },
): string | undefined {
  if (record.status === 'done') return undefined;
  let due: string | undefined;
  const consider = (at: string) => {
    if (due === undefined || at < due) due = at;
  };
  for (const d of record.deadlines ?? []) if (d.kind === 'breach') consider(d.dueAt);
  for (const b of record.breaches ?? []) consider(b.dueAt);
  return due;
}

/**
 * Whether a due time has passed at `now`: strictly after it (the instant itself is not yet
 * overdue). Use it where only the due time is at hand (a list row's `dueAt`).
 *
 * @example
 * ```ts
 * isPastDue('2026-11-20T00:00:00.000Z', new Date('2026-11-22T00:00:00Z')); // true
 * ```
 */
export function isPastDue(dueAt: string | undefined, now: Date | string): boolean {
  return dueAt !== undefined && Date.parse(dueAt) < time(now);
}

/**
 * The one rule for "overdue" (超期): an open case whose {@link caseDueAt} has passed. A stage
 * whose breach has fired stays overdue until the case leaves it, though the fired deadline is
 * gone and its reminders or escalation are done.
 *
 * @example
 * ```ts
 * const row = { ...summary, overdue: isOverdue(caseRecord, clock.now()) };
 * ```
 */
export function isOverdue(
  record: Pick<CaseRecord, 'deadlines' | 'breaches' | 'status'>,
  now: Date | string,
): boolean {
  return record.status === 'active' && isPastDue(caseDueAt(record), now);
}
