import type { StateEntry } from '../compile';
import { deadlinesOnEntry } from '../step/recordChange';
import type { StepEnv } from '../step/stepEnv';
import type { Breach, CaseRecord, Deadline, DeadlineRule, MigrationClock } from '../types';

/** How one new stage's clock runs: from the old stage's entry (kept) or from the migration. */
export interface StageBasis {
  stage: StateEntry;
  clock: MigrationClock;
  /** The old stage it continues (kept clocks only). */
  old?: StateEntry;
}

const hasWarning = (rule: DeadlineRule | undefined) =>
  rule !== undefined && (rule.warnBefore ?? 0) > 0 && (rule.warnBefore ?? 0) < rule.within;

/**
 * The deadlines (and a carried-over breach) of one new stage for a migrated case, at case
 * version `version`. A restarted clock gives what entering the stage gives. A kept clock counts
 * the new stage's rule from the old stage's entry:
 * - breach time passed and the old stage already breached (its reminders and escalation ran):
 *   the case stays overdue there (a breach since the new breach time) and only the next
 *   `repeatEvery` level is set;
 * - breach time passed, the old stage never breached: the breach is set at its (past) time, so
 *   the scheduler applies the stage's breach rules at once;
 * - breach time ahead: the breach is set; the warning at its time, or now when that passed and
 *   the old stage had not warned yet (a warning the case already had is not repeated).
 *
 * @example
 * ```ts
 * const { deadlines, breach } = migratedDeadlines(env, record, basis, now, record.version + 1);
 * ```
 */
export function migratedDeadlines(
  env: StepEnv,
  record: CaseRecord,
  basis: StageBasis,
  now: Date,
  version: number,
): { deadlines: Deadline[]; breach?: Breach } {
  const { stage, clock, old } = basis;
  const rule = stage.node.meta?.deadline;
  if (!rule) return { deadlines: [] };
  if (!clock.kept || !old) return { deadlines: deadlinesOnEntry(env, stage.id, now, version) };
  const cal = env.calendar;
  const make = (kind: Deadline['kind'], level: number, dueAt: Date): Deadline => ({
    id: `${stage.id}:${kind}:${level}@${version}`,
    stateId: stage.id,
    kind,
    dueAt: dueAt.toISOString(),
    level,
  });
  const breachAt = cal.addWorkingDays(clock.from, rule.within);
  if (breachAt.getTime() <= now.getTime()) {
    const breached = record.breaches?.some((b) => b.stateId === old.id);
    if (!breached) return { deadlines: [make('breach', 0, breachAt)] };
    const breach = { stateId: stage.id, dueAt: breachAt.toISOString() };
    if (!rule.repeatEvery) return { deadlines: [], breach };
    let level = 1;
    let due = cal.addWorkingDays(breachAt, rule.repeatEvery);
    while (due.getTime() <= now.getTime() && level < 10_000) {
      level += 1;
      due = cal.addWorkingDays(due, rule.repeatEvery);
    }
    return { deadlines: [make('breach', level, due)], breach };
  }
  const out = [make('breach', 0, breachAt)];
  if (hasWarning(rule)) {
    const warnAt = cal.addWorkingDays(clock.from, rule.within - (rule.warnBefore ?? 0));
    const oldWarned =
      hasWarning(old.node.meta?.deadline) &&
      !record.deadlines.some((d) => d.stateId === old.id && d.kind === 'warn');
    if (warnAt.getTime() > now.getTime()) out.unshift(make('warn', 0, warnAt));
    else if (!oldWarned) out.unshift(make('warn', 0, now));
  }
  return { deadlines: out };
}
