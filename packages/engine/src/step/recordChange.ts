import type { LocalizedText } from '@gridcase/forms';
import { areaAt } from '../access';
import { ENTER, EXIT, leafIds } from '../compile';
import { canonicalJson } from '../definition';
import type {
  ActorRule,
  CaseContext,
  CaseRecord,
  CaseVerb,
  Deadline,
  Effect,
  HistoryEntry,
  NotifyTarget,
  NotifyTo,
} from '../types';
import type { StepEnv } from './stepEnv';

/** An action object as xstate's pure `transition()` returns it (not executed). */
export interface ReturnedAction {
  type: string;
  params?: unknown;
}

/** What happened, for the history entry. */
export interface ChangeInfo {
  now: Date;
  actor: HistoryEntry['actor'];
  action: string;
  title?: LocalizedText;
  verb?: CaseVerb;
  reason?: string;
  deadlineId?: string;
  /** Effects computed before the transition (deadline notifications). */
  effects?: Effect[];
  /** Stage ids to treat as entered even without an entry marker (reopen restores a state). */
  entered?: string[];
}

/** Where notifications about the case go: the assignee, else the stage's actors. */
export function resolveTo(to: NotifyTo, context: CaseContext): NotifyTarget[] {
  if (to === 'assignee') {
    const a = context.assignee;
    if (!a) return [];
    return [a.userId ? { userId: a.userId } : { role: a.role, areaId: a.areaId }];
  }
  if (to === 'coHandlers') return context.coHandlers.map((h) => ({ agency: h.agency }));
  return [to];
}

/** The assignee if any, else the rules of who may act in the stage. */
export function stageRecipients(context: CaseContext, rules: ActorRule[] | undefined) {
  const assignee = resolveTo('assignee', context);
  return assignee.length ? assignee : (rules ?? []);
}

/** Deadlines for entering a stage with a deadline rule. */
export function deadlinesOnEntry(env: StepEnv, stateId: string, now: Date, version: number) {
  const rule = env.states.get(stateId)?.node.meta?.deadline;
  if (!rule) return [];
  const out: Deadline[] = [];
  const warnBefore = rule.warnBefore ?? 0;
  if (warnBefore > 0 && warnBefore < rule.within) {
    out.push({
      id: `${stateId}:warn:0@${version}`,
      stateId,
      kind: 'warn',
      dueAt: env.calendar.addWorkingDays(now, rule.within - warnBefore).toISOString(),
      level: 0,
    });
  }
  out.push({
    id: `${stateId}:breach:0@${version}`,
    stateId,
    kind: 'breach',
    dueAt: env.calendar.addWorkingDays(now, rule.within).toISOString(),
    level: 0,
  });
  return out;
}

function dataChanges(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (a !== b && canonicalJson(a) !== canonicalJson(b)) changes[key] = [a, b];
  }
  return Object.keys(changes).length ? changes : undefined;
}

/**
 * Builds the next case record and its effects from a new snapshot and the actions xstate
 * returned: stages entered set their deadlines, stages left cancel theirs (and drop their
 * breaches: the case is no longer overdue there), `notify` actions
 * become notify effects, and one history entry records the change.
 */
export function recordChange(
  env: StepEnv,
  prev: CaseRecord,
  snapshot: { value: unknown; context: CaseContext; status: string },
  actions: readonly ReturnedAction[],
  info: ChangeInfo,
): { case: CaseRecord; effects: Effect[] } {
  const version = prev.version + 1;
  const at = info.now.toISOString();
  const context = snapshot.context;
  let deadlines = prev.deadlines;
  let breaches = prev.breaches ?? [];
  const cancels: Effect[] = [];
  const sets: Effect[] = [];
  const notifies: Effect[] = [];
  const leave = (stateId: string) => {
    for (const d of deadlines) {
      if (d.stateId === stateId) cancels.push({ type: 'deadline.cancel', deadlineId: d.id });
    }
    deadlines = deadlines.filter((d) => d.stateId !== stateId);
    breaches = breaches.filter((b) => b.stateId !== stateId);
  };
  const enter = (stateId: string) => {
    for (const d of deadlinesOnEntry(env, stateId, info.now, version)) {
      deadlines = [...deadlines, d];
      sets.push({ type: 'deadline.set', deadline: d });
    }
  };
  for (const action of actions) {
    const params = action.params as Record<string, unknown> | undefined;
    if (action.type === EXIT) leave(String(params?.id));
    else if (action.type === ENTER) enter(String(params?.id));
    else if (action.type === 'notify' && params) {
      for (const to of resolveTo(params.to as NotifyTo, context)) {
        notifies.push({
          type: 'notify',
          to,
          template: String(params.template),
          params: { caseId: prev.id, action: info.action },
        });
      }
    }
  }
  for (const id of info.entered ?? []) enter(id);
  const done = snapshot.status === 'done';
  if (done) for (const d of deadlines) cancels.push({ type: 'deadline.cancel', deadlineId: d.id });

  const stages = leafIds(env.definition, snapshot.value);
  const next: CaseRecord = {
    ...prev,
    state: snapshot.value,
    stages,
    context,
    status: done ? 'done' : 'active',
    deadlines: done ? [] : deadlines,
    version,
    updatedAt: at,
  };
  if (breaches.length && !done) next.breaches = breaches;
  else delete next.breaches;
  if (done) next.closedAt = at;
  else delete next.closedAt;

  const entry: HistoryEntry = {
    caseId: prev.id,
    seq: version,
    at,
    actor: info.actor,
    action: info.action,
    from: prev.stages,
    to: stages,
  };
  if (info.title) entry.title = info.title;
  const changes = dataChanges(prev.context.data, context.data);
  if (changes) entry.changes = changes;
  if (info.reason) entry.reason = info.reason;
  if (info.verb) entry.verb = info.verb;
  if (info.deadlineId) entry.deadlineId = info.deadlineId;
  const effects: Effect[] = [
    { type: 'history', entry },
    ...cancels,
    ...sets,
    ...(info.effects ?? []),
    ...notifies,
  ];
  return { case: next, effects };
}

/** The assignee an escalation hands the case to. */
export function escalatedAssignee(rule: ActorRule, areaPath: string[]) {
  return { role: rule.role, areaId: areaAt(areaPath, rule.scope) ?? areaPath.at(-1) ?? '' };
}
