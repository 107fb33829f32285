import { initialTransition } from 'xstate';
import { checkActor } from '../access';
import { effectiveActors, stateEntries } from '../compile';
import { toGridcaseError } from '../errors';
import type {
  ActorRule,
  CaseContext,
  CaseRecord,
  CreateCaseInput,
  StepOptions,
  StepResult,
  WorkflowDefinition,
} from '../types';
import { refusal } from './candidates';
import { commandEvent } from './commandEvent';
import { historyActor } from './historyActor';
import { stepTitles } from './messages';
import { type ReturnedAction, recordChange } from './recordChange';
import { fail, stepEnv } from './stepEnv';
import { validatePayload } from './validatePayload';

/** Who may open a case: `starters`, else the actors of the initial stage. */
export function startersOf(definition: WorkflowDefinition): ActorRule[] {
  if (definition.starters) return definition.starters;
  const [root, ...rest] = stateEntries(definition.machine);
  const initial = rest.find((e) => e.parent === root && e.path[0] === definition.machine.initial);
  return initial ? (effectiveActors({}, initial) ?? []) : [];
}

/**
 * Opens a case: checks that the actor may start one in `areaPath` (`starters`, else the initial
 * stage's actors), validates `data` against the start form, enters the initial stage(s) running
 * their entry actions with the creating actor's event (as `step()` does on entering a stage, so
 * an `assign` there sets the first assignee and a `notify` notifies), and returns the case at version 1 with its `create` history entry and first deadlines. The case
 * pins the definition's id, version and hash. Without a `startForm`, `data` is ignored: only
 * validated data enters a case.
 *
 * @example
 * ```ts
 * const result = createCase(disputeTemplate, {
 *   id: 'D-2026-0001', countyId: 'anxi', areaPath: ['anxi', 'town1', 'village1', 'grid1'],
 *   data: registration, actor: gridMember,
 * }, new Date());
 * ```
 */
export function createCase(
  definition: WorkflowDefinition,
  input: CreateCaseInput,
  now: Date | string,
  options: StepOptions = {},
): StepResult {
  const locale = options.locale ?? 'zh-CN';
  try {
    const env = stepEnv(definition, options);
    const at = typeof now === 'string' ? new Date(now) : now;
    if (Number.isNaN(at.getTime()))
      return fail(env, 'calendar.invalidDate', { value: String(now) });
    const starters = startersOf(definition);
    if (checkActor(input.actor, starters, input.areaPath) !== 'ok') {
      const refused = refusal(input.actor, starters, blank(input, definition, '', at), 'create');
      if (refused.code === 'auth.wrongRole') {
        return fail(env, 'auth.notStarter', { roles: [...new Set(starters.map((s) => s.role))] });
      }
      return fail(env, refused.code, refused.details);
    }
    const payload = validatePayload(env, input.form ?? definition.startForm, input.data);
    if (!payload.ok) return payload.result;
    const context: CaseContext = {
      data: payload.data ?? {},
      coHandlers: [],
      supervision: 0,
      reopenCount: 0,
    };
    const start = commandEvent('create', { ...input, data: payload.data }, input.areaPath);
    const [snapshot, actions] = initialTransition(env.compiled.machine, { ...context, start });
    const record = blank(input, definition, env.compiled.hash, at);
    const result = recordChange(
      env,
      { ...record, context: { ...context, data: {} } },
      snapshot,
      actions as ReturnedAction[],
      { now: at, actor: historyActor(input.actor), action: 'create', title: stepTitles.create },
    );
    result.case.createdAt = at.toISOString();
    return { ok: true, ...result };
  } catch (err) {
    return { ok: false, error: toGridcaseError(err, { locale }).toJSON() };
  }
}

/** The case before its first step: version 0, nowhere yet. */
function blank(
  input: CreateCaseInput,
  definition: WorkflowDefinition,
  hash: string,
  at: Date,
): CaseRecord {
  return {
    id: input.id,
    countyId: input.countyId,
    caseType: definition.caseType,
    definition: { id: definition.id, version: definition.version, hash },
    areaPath: input.areaPath,
    state: null,
    stages: [],
    context: { data: {}, coHandlers: [], supervision: 0, reopenCount: 0 },
    status: 'active',
    deadlines: [],
    version: 0,
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
  };
}
