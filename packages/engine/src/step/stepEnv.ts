import { type FormValidator, formValidator, type Locale } from '@gridcase/forms';
import { calendarFor, type WorkingCalendar } from '../calendar';
import {
  type CaseMachine,
  type CompiledWorkflow,
  compileDefinition,
  type StateEntry,
  stateEntries,
} from '../compile';
import { type ErrorCode, type ErrorDetails, gridcaseError } from '../errors';
import type { CaseRecord, StepOptions, StepResult, WorkflowDefinition } from '../types';

/** Everything one step works with, resolved once from the definition and the options. */
export interface StepEnv {
  definition: WorkflowDefinition;
  compiled: CompiledWorkflow;
  validator: FormValidator;
  calendar: WorkingCalendar;
  locale: Locale;
  /** State entries by xstate id. */
  states: Map<string, StateEntry>;
}

const statesCache = new WeakMap<WorkflowDefinition, Map<string, StateEntry>>();

/** Resolves the options (default validator: `@gridcase/forms`; default calendar: Mon-Fri). */
export function stepEnv(definition: WorkflowDefinition, options: StepOptions = {}): StepEnv {
  const validator = options.validator ?? formValidator;
  let states = statesCache.get(definition);
  if (!states) {
    states = new Map(stateEntries(definition.machine).map((e) => [e.id, e]));
    statesCache.set(definition, states);
  }
  return {
    definition,
    compiled: compileDefinition(definition, { validator }),
    validator,
    calendar: calendarFor(options.calendar),
    locale: options.locale ?? 'zh-CN',
    states,
  };
}

/** A failed step: the catalog error as data. */
export function fail(env: { locale: Locale }, code: ErrorCode, details?: ErrorDetails): StepResult {
  return { ok: false, error: gridcaseError(code, details, env.locale).toJSON() };
}

/** Restores a case's snapshot on the compiled machine (pure: no actor is started). */
export function restore(machine: CaseMachine, record: Pick<CaseRecord, 'state' | 'context'>) {
  return machine.resolveState({ value: record.state as never, context: record.context });
}
