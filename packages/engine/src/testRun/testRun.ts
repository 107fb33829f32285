import type { FormValidator, Locale, LocalizedText } from '@gridcase/forms';
import { type GridcaseErrorShape, gridcaseError } from '../errors';
import { createCase, step } from '../step';
import type {
  Actor,
  AreaPath,
  CalendarConfig,
  CaseRecord,
  Command,
  Effect,
  NotifyTarget,
  StepResult,
  WorkflowDefinition,
} from '../types';

/** What happened in a test run, in order: what the designer lists for the admin. */
export interface TestRunEntry {
  at: string;
  kind:
    | 'opened'
    | 'action'
    | 'clock'
    | 'warning'
    | 'breach'
    | 'reminder'
    | 'escalation'
    | 'notification';
  /** The history entry's title: the action taken, 登记 on opening, 超期 / 期限预警. */
  title?: LocalizedText;
  /** The role the pretend actor acted in. */
  role?: string;
  /** The stage a deadline belonged to. */
  stateId?: string;
  /** Breach repeat level (0 for the first). */
  level?: number;
  /** Who a reminder, escalation or notification goes to. */
  to?: NotifyTarget;
  /** The notification's message key (`case.assigned`, `deadline.remind`, ...). */
  template?: string;
  /** The case's stages afterwards. */
  stages?: string[];
  /** For `clock`: where the clock was before. */
  from?: string;
}

/** A pretend case on a draft: in memory only, with its own clock. */
export interface TestRun {
  definition: WorkflowDefinition;
  areaPath: AreaPath;
  calendar?: CalendarConfig;
  locale: Locale;
  validator?: FormValidator;
  /** The run's clock (ISO). */
  now: string;
  /** The pretend case, once opened. */
  case?: CaseRecord;
  log: TestRunEntry[];
}

export type TestRunResult =
  | { ok: true; run: TestRun }
  | { ok: false; run: TestRun; error: GridcaseErrorShape };

export interface TestRunOptions {
  /** When the pretend case's clock starts. */
  start: Date | string;
  /** The pretend case's area (default: a pretend county > township > community > grid). */
  areaPath?: AreaPath;
  calendar?: CalendarConfig;
  /** Language of error messages (zh-CN by default). */
  locale?: Locale;
  validator?: FormValidator;
}

export const TEST_AREA: AreaPath = ['test-county', 'test-township', 'test-community', 'test-grid'];

/**
 * Starts a test run (试运行) of a definition, typically a draft: no case yet, a clock at
 * `start`, an empty log. Nothing in a test run touches a store: it is data, advanced by
 * {@link openTestCase}, {@link actInTestRun} and {@link moveTestClock}, which call the same
 * `createCase()` and `step()` real cases go through.
 *
 * @example
 * ```ts
 * let run = startTestRun(draft, { start: '2026-11-23T01:00:00Z' });
 * ```
 */
export function startTestRun(definition: WorkflowDefinition, options: TestRunOptions): TestRun {
  const now = typeof options.start === 'string' ? options.start : options.start.toISOString();
  const run: TestRun = {
    definition,
    areaPath: options.areaPath ?? TEST_AREA,
    locale: options.locale ?? 'zh-CN',
    now: new Date(now).toISOString(),
    log: [],
  };
  if (options.calendar) run.calendar = options.calendar;
  if (options.validator) run.validator = options.validator;
  return run;
}

/** The step options of a run. */
export function runOptions(run: TestRun) {
  return {
    locale: run.locale,
    ...(run.calendar ? { calendar: run.calendar } : {}),
    ...(run.validator ? { validator: run.validator } : {}),
  };
}

/** Log entries for a step's notifications, by their message key. */
export function notifyEntries(effects: Effect[], at: string): TestRunEntry[] {
  const kinds: Record<string, TestRunEntry['kind']> = {
    'deadline.remind': 'reminder',
    'deadline.escalate': 'escalation',
  };
  return effects.flatMap((e) =>
    e.type === 'notify' && e.template !== 'deadline.warn'
      ? [{ at, kind: kinds[e.template] ?? 'notification', to: e.to, template: e.template }]
      : [],
  );
}

function applied(run: TestRun, result: StepResult, entry: TestRunEntry): TestRunResult {
  if (!result.ok) return { ok: false, run, error: result.error };
  const history = result.effects.find((e) => e.type === 'history');
  const title = history?.type === 'history' ? history.entry.title : undefined;
  const logged = { ...entry, ...(title ? { title } : {}), stages: result.case.stages };
  const log = [...run.log, logged, ...notifyEntries(result.effects, run.now)];
  return { ok: true, run: { ...run, case: result.case, log } };
}

const roleOf = (actor: Actor) => actor.roles[0]?.role;

/**
 * Opens the run's pretend case with the start form's data, as `actor`: the same checks as a
 * real case (who may start one, the start form), the first deadlines set on the run's clock.
 *
 * @example
 * ```ts
 * const opened = openTestCase(run, { actor: pretendActor(run, 'gridMember', 'grid'), data });
 * if (opened.ok) run = opened.run; else console.log(opened.error.message);
 * ```
 */
export function openTestCase(
  run: TestRun,
  input: { actor: Actor; data?: Record<string, unknown> },
): TestRunResult {
  const result = createCase(
    run.definition,
    { id: 'TEST-1', countyId: run.areaPath[0] ?? 'test-county', areaPath: run.areaPath, ...input },
    run.now,
    runOptions(run),
  );
  return applied(run, result, { at: run.now, kind: 'opened', role: roleOf(input.actor) });
}

/**
 * Takes one action on the pretend case at the run's clock, through `step()`: role, area, form,
 * reason and conditions are checked as on a real case; a refusal leaves the run as it was.
 *
 * @example
 * ```ts
 * const next = actInTestRun(run, { type: 'accept', data: { mediatorId: 'zhao' }, actor });
 * ```
 */
export function actInTestRun(run: TestRun, command: Command): TestRunResult {
  if (!run.case) {
    const error = gridcaseError('case.notFound', { caseId: 'TEST-1' }, run.locale).toJSON();
    return { ok: false, run, error };
  }
  const result = step(run.definition, run.case, command, run.now, runOptions(run));
  return applied(run, result, { at: run.now, kind: 'action', role: roleOf(command.actor) });
}
