import { calendarFor, SHANGHAI_OFFSET_MINUTES } from '../calendar';
import { step } from '../step';
import type { Actor, CaseRecord, Deadline } from '../types';
import { notifyEntries, runOptions, type TestRun, type TestRunEntry } from './testRun';

const SCHEDULER: Actor = { userId: 'test-run-scheduler', roles: [], system: true };
/** More firings than any sane definition needs in one move: a guard against a runaway repeat. */
const MAX_FIRINGS = 500;

const DAY = 86_400_000;

/** The same local time of day `n` working days later (Mon 09:00 + 1: Tue 09:00). */
function workingDaysLater(run: TestRun, from: Date, n: number): Date {
  const calendar = calendarFor(run.calendar);
  const offset = (calendar.config.utcOffsetMinutes ?? SHANGHAI_OFFSET_MINUTES) * 60_000;
  const endOfDay = calendar.addWorkingDays(from, n).getTime();
  const timeOfDay = (((from.getTime() + offset) % DAY) + DAY) % DAY;
  return new Date(endOfDay - DAY + timeOfDay);
}

/** The log entries of one fired deadline: the warning or breach, then who was told. */
function firedEntries(fired: Deadline, after: CaseRecord, effects: TestRunEntry[], at: string) {
  const entry: TestRunEntry = {
    at,
    kind: fired.kind === 'warn' ? 'warning' : 'breach',
    stateId: fired.stateId,
    level: fired.level,
    stages: after.stages,
  };
  return [entry, ...effects];
}

/**
 * Moves a test run's clock forward by working days on the run's calendar (`workingDays`: the same
 * time of day that many working days later) or by calendar days (`days`), or to an instant (`to`), and fires every deadline that falls due on
 * the way, each at its due time and in order, through `step()`'s `deadline.fire` as the
 * server's scheduler would: warnings, breaches with their reminders and escalations (督办), a
 * breach's event, and repeats (`repeatEvery`) that fall due before the new time. The log lists
 * each, then the move (`clock`), in time order. A clock never moves back.
 *
 * @example
 * ```ts
 * run = moveTestClock(run, { workingDays: 4 });
 * run.log.filter((e) => e.kind === 'escalation'); // who the case went up to
 * ```
 */
export function moveTestClock(
  run: TestRun,
  by: { workingDays?: number; days?: number; to?: Date | string },
): TestRun {
  const from = new Date(run.now);
  let target = from;
  if (by.to !== undefined) target = new Date(by.to);
  else if (by.workingDays) target = workingDaysLater(run, from, by.workingDays);
  else if (by.days) target = new Date(from.getTime() + by.days * DAY);
  if (Number.isNaN(target.getTime()) || target <= from) return run;
  const to = target.toISOString();
  const log = [...run.log];
  let record = run.case;
  for (let n = 0; record && record.status === 'active' && n < MAX_FIRINGS; n++) {
    const [due] = record.deadlines
      .filter((d) => d.dueAt <= to)
      .sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1));
    if (!due) break;
    const [, at = due.dueAt] = [due.dueAt, run.now].sort(); // the later of the two
    const command = { type: 'deadline.fire' as const, deadlineId: due.id, actor: SCHEDULER };
    const result = step(run.definition, record, command, at, runOptions(run));
    if (!result.ok) break;
    log.push(...firedEntries(due, result.case, notifyEntries(result.effects, at), at));
    record = result.case;
  }
  log.push({ at: to, kind: 'clock', from: run.now });
  return { ...run, now: to, log, ...(record ? { case: record } : {}) };
}
