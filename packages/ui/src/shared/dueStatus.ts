import { type CaseRecord, caseDueAt, isPastDue } from '@gridcase/engine';

/** How a case stands against its deadline. */
export type DueStatus = 'overdue' | 'soon' | 'onTrack' | 'none';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Classifies a case by its due time (a list row's `dueAt`, or {@link caseDue} of a full case):
 * overdue once it has passed, by the engine's one rule (`isPastDue`, as the server's `overdue`);
 * due soon from the warning time (or, without one, within a day); else on track.
 *
 * @example
 * ```ts
 * dueStatus({ dueAt: '2026-11-20T00:00:00Z' }, new Date('2026-11-22T00:00:00Z')); // 'overdue'
 * ```
 */
export function dueStatus(c: { dueAt?: string; warnAt?: string }, now: Date): DueStatus {
  if (!c.dueAt) return 'none';
  if (isPastDue(c.dueAt, now)) return 'overdue';
  const t = now.getTime();
  const warn = c.warnAt ? Date.parse(c.warnAt) : Date.parse(c.dueAt) - DAY;
  return t >= warn ? 'soon' : 'onTrack';
}

/**
 * A full case's due time: the engine's `caseDueAt` (its earliest open breach deadline, or a
 * stage it is still in whose breach has fired), so a breached case stays overdue until it moves.
 *
 * @example
 * ```ts
 * <DueBadge dueAt={caseDue(detail.case)} now={now} />
 * ```
 */
export function caseDue(
  c: Pick<CaseRecord, 'deadlines' | 'breaches' | 'status'>,
): string | undefined {
  return caseDueAt(c);
}
