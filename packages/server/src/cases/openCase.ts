import { randomBytes } from 'node:crypto';
import { createCase, gridcaseError, toGridcaseError } from '@gridcase/engine';
import { areaPathOf, inScope } from '../access/scope';
import type { Services } from '../app/services';
import { findReplay, type Replay, replayOf } from '../idempotency/idempotency';
import { buildCommit, caseEvent } from './buildCommit';
import type { Caller } from './caller';
import { peopleOf } from './peopleOf';
import { viewFor } from './viewFor';

export interface OpenCaseRequest {
  definitionId: string;
  areaId: string;
  data?: Record<string, unknown>;
  /** A client-chosen id (e.g. from an offline phone); generated when absent. */
  id?: string;
  idempotencyKey: string;
  requestHash: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A readable, unguessable case id: the county date and 8 random characters (40 bits).
 *
 * @example
 * ```ts
 * newCaseId(new Date('2026-03-02T01:00:00Z')); // '20260302-K7Q2M9XA'
 * ```
 */
export function newCaseId(now: Date): string {
  const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  const bytes = randomBytes(8);
  let suffix = '';
  for (const byte of bytes) suffix += ALPHABET[byte % 32];
  return `${day}-${suffix}`;
}

/**
 * Opens a case on the latest published version of a definition, in an area inside the caller's
 * scope. Idempotent like every command; the case pins `definitionId@version` and its hash.
 *
 * @example
 * ```ts
 * const { status, body } = await openCase(services, callerOf(session), {
 *   definitionId: 'dispute-mediation', areaId: 'grid-e1a', data, idempotencyKey, requestHash,
 * });
 * ```
 */
export async function openCase(
  services: Services,
  caller: Caller,
  request: OpenCaseRequest,
): Promise<Replay & { replayed: boolean }> {
  const countyId = caller.county.id;
  return services.mutex.run(`open:${countyId}:${request.idempotencyKey}`, async () => {
    const replay = await findReplay(services.store, request.idempotencyKey, request.requestHash);
    if (replay) return { ...replay, replayed: true };
    const areaPath = areaPathOf(caller.county, request.areaId);
    if (!areaPath) throw gridcaseError('case.areaUnknown', { areaId: request.areaId });
    if (caller.areas !== 'all' && !inScope(caller.areas, { areaPath })) {
      throw gridcaseError('auth.outsideArea', { scope: request.areaId });
    }
    const pinned = await services.definitions.get(countyId, request.definitionId, 'latest');
    const now = services.clock.now();
    const calendar = services.calendar ? services.calendar(caller.county) : caller.county.calendar;
    const result = createCase(
      pinned.definition,
      {
        id: request.id ?? newCaseId(now),
        countyId,
        areaPath,
        data: request.data,
        actor: caller.actor,
      },
      now,
      { calendar },
    );
    if (!result.ok) throw toGridcaseError(result.error);
    const next = result.case;
    const nowIso = now.toISOString();
    const event = caseEvent(next, 'case.created', 'create', nowIso);
    const body = viewFor(next, pinned, caller, await peopleOf(services.store, next));
    const committed = await services.store.commit(
      buildCommit({
        next,
        expectedVersion: null,
        effects: result.effects,
        event,
        webhooks: await services.store.listWebhooks(countyId),
        nowIso,
        audit: {
          at: nowIso,
          countyId,
          actor: { userId: caller.actor.userId },
          action: 'case.create',
          caseId: next.id,
          detail: {
            definition: `${pinned.definitionId}@${pinned.version}`,
            areaId: request.areaId,
            fields: Object.keys(request.data ?? {}),
          },
        },
        idempotency: {
          key: request.idempotencyKey,
          requestHash: request.requestHash,
          status: 201,
          body,
          at: nowIso,
        },
      }),
    );
    if (!committed.ok) {
      if (committed.reason === 'caseExists') throw gridcaseError('case.exists');
      if (committed.reason === 'duplicateIdempotencyKey') {
        const again = replayOf(committed.record, request.requestHash);
        if (again) return { ...again, replayed: true };
      }
      throw gridcaseError('store.invalidCommit', { reason: committed.reason });
    }
    services.hub.publish(event);
    return { status: 201, body, replayed: false };
  });
}
