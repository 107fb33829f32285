import { activeEntries } from '../compile';
import type { CaseContext, CaseRecord, Command, Deadline, Effect, StepResult } from '../types';
import { commandEvent } from './commandEvent';
import { historyActor } from './historyActor';
import { stepTitles } from './messages';
import { pureTransition } from './pureTransition';
import {
  escalatedAssignee,
  type ReturnedAction,
  recordChange,
  stageRecipients,
} from './recordChange';
import { fail, restore, type StepEnv } from './stepEnv';

/**
 * Applies a due deadline (`deadline.fire`, system actor only). A warning notifies the assignee
 * (else the stage's actors). A breach applies the stage's `onBreach` rules in order (default:
 * remind): `remind` notifies, `escalate` hands the case to a role in a wider area and raises
 * the supervision (督办) level, `event` sends an event as the system. While the case is still in
 * the stage, `repeatEvery` schedules the next breach level. The fired deadline leaves the case;
 * a breach stays in `breaches` (the case is overdue) until the case leaves the stage.
 */
export function fireDeadline(
  env: StepEnv,
  record: CaseRecord,
  command: Command,
  now: Date,
): StepResult {
  if (!command.actor.system) return fail(env, 'auth.forbidden');
  const deadline = record.deadlines.find((d) => d.id === command.deadlineId);
  if (!deadline || record.status === 'done') {
    return fail(env, 'case.deadlineUnknown', { deadlineId: String(command.deadlineId) });
  }
  const stage = env.states.get(deadline.stateId);
  const rule = stage?.node.meta?.deadline;
  const rules = stage?.node.meta?.actors;
  const remaining: CaseRecord = {
    ...record,
    deadlines: record.deadlines.filter((d) => d !== deadline),
  };
  const effects: Effect[] = [];
  const notify = (context: CaseContext, template: string, to = stageRecipients(context, rules)) => {
    const params = { caseId: record.id, stateId: deadline.stateId, level: deadline.level };
    for (const target of to) effects.push({ type: 'notify', to: target, template, params });
  };
  const base = {
    now,
    actor: historyActor(command.actor),
    deadlineId: deadline.id,
    effects,
  };

  let context = record.context;
  if (deadline.kind === 'warn' || !rule) {
    notify(context, 'deadline.warn');
    const snapshot = restore(env.compiled.machine, remaining);
    return {
      ok: true,
      ...recordChange(env, remaining, snapshot, [], {
        ...base,
        action: 'deadline.warn',
        title: stepTitles['deadline.warn'],
      }),
    };
  }

  // The stage stays overdue until the case leaves it (recordChange drops the breach then).
  if (!record.breaches?.some((b) => b.stateId === deadline.stateId)) {
    const [fellDue = deadline.dueAt] = [deadline.dueAt, now.toISOString()].sort();
    remaining.breaches = [
      ...(record.breaches ?? []),
      { stateId: deadline.stateId, dueAt: fellDue },
    ];
  }
  const events: string[] = [];
  for (const breach of rule.onBreach ?? [{ type: 'remind' as const }]) {
    if (breach.type === 'remind') notify(context, 'deadline.remind', breach.to && [breach.to]);
    else if (breach.type === 'escalate') {
      context = {
        ...context,
        assignee: escalatedAssignee(breach.to, record.areaPath),
        supervision: context.supervision + 1,
      };
      notify(context, 'deadline.escalate', [breach.to]);
    } else events.push(breach.event);
  }
  let snapshot = restore(env.compiled.machine, { ...remaining, context });
  const actions: ReturnedAction[] = [];
  for (const type of events) {
    const event = commandEvent(type, { actor: command.actor }, record.areaPath);
    const [next, returned] = pureTransition(env.compiled.machine, snapshot, event);
    snapshot = next;
    actions.push(...(returned as ReturnedAction[]));
  }
  const result = recordChange(env, remaining, snapshot, actions, {
    ...base,
    action: 'deadline.breach',
    title: stepTitles['deadline.breach'],
  });
  const stillThere = activeEntries(env.definition, snapshot.value).some(
    (e) => e.id === deadline.stateId,
  );
  if (rule.repeatEvery && stillThere && snapshot.status !== 'done') {
    const next: Deadline = {
      id: `${deadline.stateId}:breach:${deadline.level + 1}@${result.case.version}`,
      stateId: deadline.stateId,
      kind: 'breach',
      dueAt: env.calendar.addWorkingDays(deadline.dueAt, rule.repeatEvery).toISOString(),
      level: deadline.level + 1,
    };
    result.case.deadlines = [...result.case.deadlines, next];
    result.effects.push({ type: 'deadline.set', deadline: next });
  }
  return { ok: true, ...result };
}
