import { createHash } from 'node:crypto';
import { gridcaseError } from '@gridcase/engine';
import { canonicalJson } from '../audit';
import type { CaseStore, IdempotencyRecord } from '../store/types';

const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * Reads and checks the `Idempotency-Key` header: required, 8-128 characters of `A-Za-z0-9_.:-`.
 *
 * @example
 * ```ts
 * const key = requireIdempotencyKey(c.req.header('idempotency-key'));
 * ```
 */
export function requireIdempotencyKey(header: string | undefined): string {
  if (header === undefined || header === '') throw gridcaseError('idempotency.keyRequired');
  if (!KEY.test(header))
    throw gridcaseError('request.invalid', { reason: 'Idempotency-Key: 8-128 of A-Za-z0-9_.:-' });
  return header;
}

/**
 * The hash that ties a key to one request: the same key with another request is refused.
 *
 * @example
 * ```ts
 * requestHash({ op: 'case.command', caseId, body, ifMatch }); // 64 hex characters
 * ```
 */
export function requestHash(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/** What a replayed request answers. */
export interface Replay {
  status: number;
  body: unknown;
}

/**
 * Checks a stored record against this request: the same request replays the first response,
 * another request with the same key is `idempotency.keyReused`.
 *
 * @example
 * ```ts
 * const replay = replayOf(await store.getIdempotency(scoped), hash);
 * if (replay) return c.json(replay.body, replay.status);
 * ```
 */
export function replayOf(record: IdempotencyRecord | undefined, hash: string): Replay | undefined {
  if (!record) return undefined;
  if (record.requestHash !== hash) throw gridcaseError('idempotency.keyReused');
  return { status: record.status, body: record.body };
}

/**
 * Looks up a scoped key in the store and checks it (see {@link replayOf}).
 *
 * @example
 * ```ts
 * const replay = await findReplay(store, scopeKey(userId, key), hash);
 * ```
 */
export async function findReplay(
  store: CaseStore,
  scopedKey: string,
  hash: string,
): Promise<Replay | undefined> {
  return replayOf(await store.getIdempotency(scopedKey), hash);
}

/**
 * Keys are scoped by caller: two users' identical keys never collide.
 *
 * @example
 * ```ts
 * scopeKey('grid-e1a', 'a1b2c3d4-...'); // 'grid-e1a:a1b2c3d4-...'
 * ```
 */
export function scopeKey(userId: string, key: string): string {
  return `${userId}:${key}`;
}
