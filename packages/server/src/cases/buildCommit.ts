import type { CaseRecord, Effect, HistoryEntry } from '@gridcase/engine';
import type { CaseEvent } from '../events/eventHub';
import type {
  AuditDraft,
  CaseCommit,
  DeadlineRow,
  IdempotencyRecord,
  OutboxRow,
  WebhookSubscription,
} from '../store/types';

export interface CommitInput {
  next: CaseRecord;
  expectedVersion: number | null;
  effects: Effect[];
  event: CaseEvent;
  audit: AuditDraft;
  webhooks: WebhookSubscription[];
  idempotency?: IdempotencyRecord;
  /** For `deadline.fire`: the row to mark fired. */
  firedDeadlineId?: string;
  nowIso: string;
}

const wants = (sub: WebhookSubscription, event: string) =>
  sub.events.includes(event) || sub.events.includes('*');

/**
 * Turns the engine's effects into one atomic store commit: the case, its history, deadline rows
 * set, cancelled or fired, outbox rows (one per webhook subscription that wants the event, one
 * per notification) and the audit entry. Outbox ids are `caseId:version:target`, so a receiver
 * can deduplicate deliveries.
 *
 * @example
 * ```ts
 * const result = await store.commit(buildCommit({ next, expectedVersion: 3, effects, event, audit, webhooks, nowIso }));
 * ```
 */
export function buildCommit(input: CommitInput): CaseCommit {
  const { next, effects, nowIso } = input;
  const history: HistoryEntry[] = [];
  const deadlinesSet: DeadlineRow[] = [];
  const deadlinesCancel: string[] = [];
  const outbox: OutboxRow[] = [];
  const base = {
    countyId: next.countyId,
    caseId: next.id,
    createdAt: nowIso,
    attempts: 0,
    nextAttemptAt: nowIso,
  };
  let notifications = 0;
  for (const effect of effects) {
    if (effect.type === 'history') history.push(effect.entry);
    else if (effect.type === 'deadline.set')
      deadlinesSet.push({ ...effect.deadline, countyId: next.countyId, caseId: next.id });
    else if (effect.type === 'deadline.cancel') deadlinesCancel.push(effect.deadlineId);
    else if (effect.type === 'notify') {
      outbox.push({
        ...base,
        id: `${next.id}:${next.version}:notify:${notifications++}`,
        kind: 'notify',
        event: effect.template,
        payload: effect,
      });
    }
  }
  for (const sub of input.webhooks) {
    if (!wants(sub, input.event.type)) continue;
    outbox.push({
      ...base,
      id: `${next.id}:${next.version}:webhook:${sub.id}`,
      kind: 'webhook',
      event: input.event.type,
      payload: { webhookId: sub.id, event: input.event },
    });
  }
  return {
    case: next,
    expectedVersion: input.expectedVersion,
    history,
    deadlinesSet,
    deadlinesCancel: deadlinesCancel.filter((id) => !deadlinesSet.some((d) => d.id === id)),
    ...(input.firedDeadlineId ? { deadlinesFired: [input.firedDeadlineId] } : {}),
    outbox,
    audit: [input.audit],
    ...(input.idempotency ? { idempotency: input.idempotency } : {}),
  };
}

/**
 * The event a committed case change publishes (SSE, webhooks): ids, area, stages; no data.
 *
 * @example
 * ```ts
 * hub.publish(caseEvent(next, 'case.updated', command.type, nowIso));
 * ```
 */
export function caseEvent(
  record: CaseRecord,
  type: CaseEvent['type'],
  action: string,
  at: string,
): CaseEvent {
  return {
    type,
    countyId: record.countyId,
    caseId: record.id,
    caseType: record.caseType,
    areaPath: record.areaPath,
    version: record.version,
    stages: record.stages,
    status: record.status,
    action,
    at,
  };
}
