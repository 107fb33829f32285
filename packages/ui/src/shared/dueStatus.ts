/** How a case stands against its deadline. */
export type DueStatus = 'overdue' | 'soon' | 'onTrack' | 'none';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Classifies a case by its earliest breach deadline: overdue once `dueAt` has passed; due soon
 * from the warning time (or, without one, within a day); else on track.
 *
 * @example
 * ```ts
 * dueStatus({ dueAt: '2026-11-20T00:00:00Z' }, new Date('2026-11-22T00:00:00Z')); // 'overdue'
 * ```
 */
export function dueStatus(c: { dueAt?: string; warnAt?: string }, now: Date): DueStatus {
  if (!c.dueAt) return 'none';
  const due = Date.parse(c.dueAt);
  const t = now.getTime();
  if (t >= due) return 'overdue';
  const warn = c.warnAt ? Date.parse(c.warnAt) : due - DAY;
  return t >= warn ? 'soon' : 'onTrack';
}
