/**
 * @gridcase/engine: county workflows as JSON, compiled to XState machines; the definition
 * linter; the pure case step; templates; the working-day calendar; the error catalog.
 *
 * @example
 * ```ts
 * import { createCase, disputeMediation, lintDefinition, step } from '@gridcase/engine';
 *
 * lintDefinition(disputeMediation); // [] (clean)
 * const opened = createCase(disputeMediation, { id, countyId, areaPath, data, actor }, now);
 * if (opened.ok) {
 *   const next = step(disputeMediation, opened.case, { type: 'accept', data: {}, actor: police }, now);
 * }
 * ```
 */

// who may act
export { type ActorCheck, areaAt, checkActor } from './access';
// the working-day calendar
export {
  addWorkingDays,
  calendarFor,
  createCalendar,
  type WorkingCalendar,
  workingDaysBetween,
} from './calendar';
// the catalog of guards and actions
export { ACTION_CATALOG, type ActionSpec, GUARD_CATALOG, type GuardSpec } from './catalog';
// compile and lint
export { type CaseMachine, type CompiledWorkflow, compileDefinition } from './compile';
// the deadline model: the one rule for "overdue"
export { caseDueAt, isOverdue, isPastDue } from './deadline';
// definitions: format, validation, hash
export {
  canonicalJson,
  type DefinitionFinding,
  type DefinitionValidation,
  defineWorkflow,
  type EventsOf,
  hashDefinition,
  validateDefinition,
} from './definition';
// errors: the one catalog
export {
  ERROR_CATALOG,
  type ErrorCode,
  type ErrorDetails,
  type ErrorSpec,
  errorStatus,
  GridcaseError,
  type GridcaseErrorShape,
  gridcaseError,
  isErrorCode,
  isGridcaseError,
  type ToGridcaseErrorOptions,
  toGridcaseError,
} from './errors';
export {
  findUnreachable,
  LINT_CODES,
  type LintCode,
  type LintFinding,
  type LintOptions,
  type LintSeverity,
  lintDefinition,
  type Unreachable,
  unreachableError,
} from './lint';
// migrating running cases to a new version: plans, their check, the pure case migration
export {
  checkPlan,
  type MigrationTally,
  migrateCase,
  migrationTally,
  PLAN_CODES,
  type PlanCode,
  type PlanIssue,
  planStages,
  planTargets,
} from './migration';
// paths through a definition: what a draft allows, in words
export {
  type DefinitionPath,
  type DefinitionPaths,
  definitionPaths,
  describePath,
  type PathStage,
  type PathStep,
  type PathText,
} from './paths';
// the case step
export { availableActions, createCase, step } from './step';
// templates
export { disputeMediation, hazardRectification, TEMPLATES } from './templates';
// test runs (试运行): a pretend case on a draft, with a clock the admin moves
export {
  actInTestRun,
  moveTestClock,
  openTestCase,
  pretendActor,
  startTestRun,
  TEST_AREA,
  type TestRun,
  type TestRunEntry,
  type TestRunOptions,
  type TestRunResult,
  whoMayAct,
} from './testRun';
export type * from './types';
export { AREA_LEVELS } from './types';

// The CLI's commands (Node only: they read files) are at `@gridcase/engine/cli`.
