import { checkActor } from '../access';
import { activeEntries } from '../compile';
import type { CaseRecord, Command, StepResult } from '../types';
import { availableActions } from './availableActions';
import { refusal } from './candidates';
import { historyActor } from './historyActor';
import { stepTitles } from './messages';
import { recordChange } from './recordChange';
import { fail, type StepEnv } from './stepEnv';
import { validatePayload } from './validatePayload';

/**
 * Reopens a closed case (重办) into its final stage's `reopen.target`: counts the reopening,
 * clears the outcome, stores the payload, and sets the deadlines of every stage it lands in.
 * Entry actions of those stages do not run (the case is restored into them, not walked there).
 */
export function reopenCase(
  env: StepEnv,
  record: CaseRecord,
  command: Command,
  now: Date,
): StepResult {
  const active = activeEntries(env.definition, record.state);
  const rule = active.find((e) => e.node.meta?.reopen)?.node.meta?.reopen;
  if (!rule) {
    return fail(env, 'case.actionUnavailable', {
      action: 'reopen',
      available: availableActions(env.definition, record, command.actor).map((a) => a.type),
    });
  }
  const { areaPath, context } = record;
  if (checkActor(command.actor, rule.actors, areaPath, context.coHandlers) !== 'ok') {
    const { code, details } = refusal(command.actor, rule.actors, record, 'reopen');
    return fail(env, code, details);
  }
  if (rule.withinDays && record.closedAt) {
    const last = env.calendar.addWorkingDays(record.closedAt, rule.withinDays);
    if (now > last) return fail(env, 'case.reopenExpired', { withinDays: rule.withinDays });
  }
  const payload = validatePayload(env, rule.form, command.data);
  if (!payload.ok) return payload.result;
  if (rule.requiresReason && !command.reason?.trim()) {
    return fail(env, 'case.reasonRequired', { action: 'reopen' });
  }
  const { outcome: _outcome, ...kept } = context;
  const nextContext = {
    ...kept,
    data: { ...context.data, ...payload.data },
    reopenCount: context.reopenCount + 1,
  };
  const keys = rule.target.split('.');
  let value: unknown = keys.pop();
  for (const key of keys.reverse()) value = { [key]: value };
  const snapshot = env.compiled.machine.resolveState({
    value: value as never,
    context: nextContext,
  });
  const entered = activeEntries(env.definition, snapshot.value)
    .reverse()
    .map((e) => e.id);
  return {
    ok: true,
    ...recordChange(env, record, snapshot, [], {
      now,
      actor: historyActor(command.actor),
      action: 'reopen',
      title: rule.title ?? stepTitles.reopen,
      verb: 'reopen',
      reason: command.reason,
      entered,
    }),
  };
}
