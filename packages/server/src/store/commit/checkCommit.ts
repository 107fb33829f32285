import { gridcaseError } from '@gridcase/engine';
import type { CaseCommit, CommitResult, IdempotencyRecord } from '../types';

const invalid = (reason: string) => gridcaseError('store.invalidCommit', { reason });

/**
 * Checks the shape rules of a commit (see `CaseCommit`) and throws `store.invalidCommit` when
 * one is broken: such a commit is a bug in the caller, never a user error. Needs nothing
 * stored; run it first, then {@link refuseCommit}, then {@link validateHistorySeq}.
 *
 * @example
 * ```ts
 * validateCommit(commit);
 * ```
 */
export function validateCommit(commit: CaseCommit): void {
  const record = commit.case;
  if (!record || typeof record.id !== 'string' || !record.id) throw invalid('case.id is missing');
  if (typeof record.countyId !== 'string' || !record.countyId) {
    throw invalid('case.countyId is missing');
  }
  const expected = commit.expectedVersion;
  if (expected !== null && !(Number.isInteger(expected) && expected >= 1)) {
    throw invalid(`expectedVersion ${expected} is neither null nor a version`);
  }
  if (record.version !== (expected ?? 0) + 1) {
    throw invalid(`case.version ${record.version} is not expectedVersion + 1`);
  }
  let seq = 0;
  for (const entry of commit.history) {
    if (entry.caseId !== record.id) throw invalid(`history entry for case ${entry.caseId}`);
    if (!Number.isInteger(entry.seq) || entry.seq <= seq || entry.seq > record.version) {
      throw invalid(
        `history seq ${entry.seq} does not follow ${seq} (case version ${record.version})`,
      );
    }
    seq = entry.seq;
  }
  for (const row of commit.deadlinesSet) {
    if (row.countyId !== record.countyId || row.caseId !== record.id) {
      throw invalid(`deadline ${row.id} belongs to another case`);
    }
  }
  for (const row of commit.outbox) {
    if (!row.id || row.countyId !== record.countyId) {
      throw invalid(`outbox row ${row.id} lacks an id or belongs to another county`);
    }
  }
  if (commit.idempotency && !commit.idempotency.key) throw invalid('idempotency.key is empty');
}

/**
 * Decides whether a valid commit may apply, given what is stored: the duplicate key first,
 * then existence, then the version. Returns the refusal, or `undefined` to go ahead.
 *
 * @example
 * ```ts
 * const refusal = refuseCommit(commit, stored?.version, store.idempotency.get(key));
 * if (refusal) return refusal;
 * ```
 */
export function refuseCommit(
  commit: CaseCommit,
  storedVersion: number | undefined,
  storedIdempotency: IdempotencyRecord | undefined,
): Exclude<CommitResult, { ok: true }> | undefined {
  if (storedIdempotency) {
    return { ok: false, reason: 'duplicateIdempotencyKey', record: storedIdempotency };
  }
  if (commit.expectedVersion === null) {
    return storedVersion === undefined ? undefined : { ok: false, reason: 'caseExists' };
  }
  if (storedVersion !== commit.expectedVersion) {
    return { ok: false, reason: 'versionConflict', currentVersion: storedVersion ?? 0 };
  }
  return undefined;
}

/**
 * Checks that a commit's history continues the stored history of its case (run it once the
 * commit is known to apply: a duplicate retry would repeat seqs legitimately).
 *
 * @example
 * ```ts
 * validateHistorySeq(commit, storedHistory.at(-1)?.seq ?? 0);
 * ```
 */
export function validateHistorySeq(commit: CaseCommit, lastHistorySeq: number): void {
  const first = commit.history[0];
  if (first && first.seq <= lastHistorySeq) {
    throw invalid(`history seq ${first.seq} does not follow the stored ${lastHistorySeq}`);
  }
}
