import type { EventsOf } from '../definition';
import { toGridcaseError } from '../errors';
import type { CaseRecord, Command, StepOptions, StepResult, WorkflowDefinition } from '../types';
import { availableActions } from './availableActions';
import { candidatesFor, permits, refusal } from './candidates';
import { commandEvent } from './commandEvent';
import { fireDeadline } from './fireDeadline';
import { historyActor } from './historyActor';
import { pureTransition } from './pureTransition';
import { type ReturnedAction, recordChange } from './recordChange';
import { reopenCase } from './reopenCase';
import { fail, restore, type StepEnv, stepEnv } from './stepEnv';
import { validatePayload } from './validatePayload';

function userCommand(
  env: StepEnv,
  record: CaseRecord,
  snapshot: ReturnType<typeof restore>,
  command: Command,
  now: Date,
): StepResult {
  const { definition, compiled } = env;
  if (record.status === 'done') return fail(env, 'case.closed');
  const candidates = candidatesFor(definition, record.state, command.type);
  if (candidates.length === 0 || command.type.startsWith('xstate.')) {
    const available = availableActions(definition, record, command.actor).map((a) => a.type);
    return fail(env, 'case.actionUnavailable', { action: command.type, available });
  }
  const allowed = candidates.filter((c) => permits(command.actor, c, record));
  const first = allowed[0];
  if (!first) {
    const { code, details } = refusal(
      command.actor,
      candidates.flatMap((c) => c.rules),
      record,
      command.type,
    );
    return fail(env, code, details);
  }
  const meta = first.transition.meta;
  const payload = validatePayload(env, meta?.form, command.data);
  if (!payload.ok) return payload.result;
  if (meta?.requiresReason && !command.reason?.trim()) {
    return fail(env, 'case.reasonRequired', { action: command.type });
  }
  const event = commandEvent(command.type, { ...command, data: payload.data }, record.areaPath);
  const [next, actions] = pureTransition(compiled.machine, snapshot, event);
  if (next === snapshot && actions.length === 0) {
    return fail(env, 'case.conditionsNotMet', { action: command.type });
  }
  return {
    ok: true,
    ...recordChange(env, record, next, actions as ReturnedAction[], {
      now,
      actor: historyActor(command.actor),
      action: command.type,
      title: meta?.title,
      verb: meta?.verb,
      reason: command.reason,
    }),
  };
}

/**
 * The pure case step: applies one command to a case and returns the next case plus the effects
 * to carry out (history entry, deadlines to set and cancel, notifications), or a catalog error
 * with the case unchanged. No I/O, no clock: `now` is given.
 *
 * A user command is checked in this order, each with its own error code: the case is open
 * (`case.closed`), the action exists in the current stage (`case.actionUnavailable`, listing
 * what the actor can do), the actor's role (`auth.wrongRole`) and area (`auth.outsideArea`),
 * the payload against the action's form (`form.invalid`), a reason where one is required
 * (`case.reasonRequired`), then the transition's guards (`case.conditionsNotMet`).
 * `deadline.fire` (system actor) applies a stage's warn or breach rules; `reopen` reopens a
 * closed case.
 *
 * @example
 * ```ts
 * const result = step(definition, caseRecord, {
 *   type: 'triage',
 *   data: { route: 'mediation' },
 *   actor,
 * }, new Date());
 * if (result.ok) await store.commit(toCommit(result.case, result.effects));
 * else console.log(result.error.code, result.error.hint);
 * ```
 */
export function step<D extends WorkflowDefinition>(
  definition: D,
  caseRecord: CaseRecord,
  command: Command<EventsOf<D>>,
  now: Date | string,
  options: StepOptions = {},
): StepResult {
  const locale = options.locale ?? 'zh-CN';
  try {
    const env = stepEnv(definition, options);
    const pin = caseRecord.definition;
    if (
      pin.id !== definition.id ||
      pin.version !== definition.version ||
      pin.hash !== env.compiled.hash
    ) {
      return fail(env, 'case.definitionMismatch', {
        expected: `${pin.id}@${pin.version}`,
        given: `${definition.id}@${definition.version}`,
      });
    }
    const at = typeof now === 'string' ? new Date(now) : now;
    if (Number.isNaN(at.getTime()))
      return fail(env, 'calendar.invalidDate', { value: String(now) });
    let snapshot: ReturnType<typeof restore>;
    try {
      snapshot = restore(env.compiled.machine, caseRecord);
    } catch {
      return fail(env, 'case.stateUnknown', { state: JSON.stringify(caseRecord.state) });
    }
    const cmd = command as Command;
    if (cmd.type === 'deadline.fire') return fireDeadline(env, caseRecord, cmd, at);
    if (cmd.type === 'reopen' && caseRecord.status === 'done') {
      return reopenCase(env, caseRecord, cmd, at);
    }
    return userCommand(env, caseRecord, snapshot, cmd, at);
  } catch (err) {
    return { ok: false, error: toGridcaseError(err, { locale }).toJSON() };
  }
}
