import { type CaseRecord, gridcaseError, step, toGridcaseError } from '@gridcase/engine';
import { inScope } from '../access/scope';
import type { Services } from '../app/services';
import { findReplay, type Replay, replayOf } from '../idempotency/idempotency';
import { buildCommit, caseEvent } from './buildCommit';
import type { Caller } from './caller';
import { peopleOf } from './peopleOf';
import { viewFor } from './viewFor';

/** A command as the HTTP layer (or the scheduler) hands it over. */
export interface CommandRequest {
  caseId: string;
  type: string;
  data?: Record<string, unknown>;
  reason?: string;
  /** For `deadline.fire`. */
  deadlineId?: string;
  /** The caller-scoped idempotency key and the request's hash. */
  idempotencyKey: string;
  requestHash: string;
  /** The case version the caller saw (`If-Match`). */
  ifMatch?: number;
}

/**
 * Loads a case the caller may see, or `case.notFound` (never 403: no enumeration).
 *
 * @example
 * ```ts
 * const record = await loadVisibleCase(services, callerOf(session), caseId);
 * ```
 */
export async function loadVisibleCase(
  services: Services,
  caller: Caller,
  caseId: string,
): Promise<CaseRecord> {
  const record = await services.store.getCase(caller.county.id, caseId);
  if (!record || (caller.areas !== 'all' && !inScope(caller.areas, record))) {
    throw gridcaseError('case.notFound', { caseId });
  }
  return record;
}

/**
 * Runs one command on one case, the only write path for case state (users and the scheduler
 * alike). Serialized per case in-process (M6); a replayed idempotency key returns the first
 * response with no second effect; a stale `If-Match` is `case.versionConflict`; the engine's
 * `step()` checks role, area and payload; record, history, deadlines, outbox, audit and the
 * idempotency record are committed atomically, and only then is the change published.
 *
 * @example
 * ```ts
 * const { status, body } = await runCommand(services, callerOf(session), {
 *   caseId, type: 'assign', data: { role: 'mediator' },
 *   idempotencyKey: scopeKey(user.id, key), requestHash: requestHash(body),
 * });
 * ```
 */
export async function runCommand(
  services: Services,
  caller: Caller,
  request: CommandRequest,
): Promise<Replay & { replayed: boolean }> {
  const countyId = caller.county.id;
  return services.mutex.run(`case:${countyId}:${request.caseId}`, async () => {
    const replay = await findReplay(services.store, request.idempotencyKey, request.requestHash);
    if (replay) return { ...replay, replayed: true };
    const record = await loadVisibleCase(services, caller, request.caseId);
    if (request.ifMatch !== undefined && request.ifMatch !== record.version) {
      throw gridcaseError('case.versionConflict', { currentVersion: record.version });
    }
    const pinned = await services.definitions.get(
      countyId,
      record.definition.id,
      record.definition.version,
    );
    const now = services.clock.now();
    const calendar = services.calendar ? services.calendar(caller.county) : caller.county.calendar;
    const result = step(
      pinned.definition,
      record,
      {
        type: request.type,
        data: request.data,
        reason: request.reason,
        deadlineId: request.deadlineId,
        actor: caller.actor,
      },
      now,
      { calendar },
    );
    if (!result.ok) throw toGridcaseError(result.error);
    const next = result.case;
    const nowIso = now.toISOString();
    const event = caseEvent(next, 'case.updated', request.type, nowIso);
    const body = viewFor(next, pinned, caller, await peopleOf(services.store, next));
    const commit = buildCommit({
      next,
      expectedVersion: record.version,
      effects: result.effects,
      event,
      webhooks: await services.store.listWebhooks(countyId),
      firedDeadlineId: request.type === 'deadline.fire' ? request.deadlineId : undefined,
      nowIso,
      audit: {
        at: nowIso,
        countyId,
        actor: { userId: caller.actor.userId, ...(caller.actor.system ? { system: true } : {}) },
        action: 'case.command',
        caseId: next.id,
        detail: {
          command: request.type,
          version: next.version,
          from: record.stages,
          to: next.stages,
          fields: Object.keys(request.data ?? {}),
          ...(request.deadlineId ? { deadlineId: request.deadlineId } : {}),
        },
      },
      idempotency: {
        key: request.idempotencyKey,
        requestHash: request.requestHash,
        status: 200,
        body,
        at: nowIso,
      },
    });
    const committed = await services.store.commit(commit);
    if (!committed.ok) {
      if (committed.reason === 'versionConflict')
        throw gridcaseError('case.versionConflict', { currentVersion: committed.currentVersion });
      if (committed.reason === 'duplicateIdempotencyKey') {
        const again = replayOf(committed.record, request.requestHash);
        if (again) return { ...again, replayed: true };
      }
      throw gridcaseError('store.invalidCommit', { reason: committed.reason });
    }
    services.hub.publish(event);
    return { status: 200, body, replayed: false };
  });
}
