import { gridcaseError } from '@gridcase/engine';
import { countyKey, deadlineKey } from '../keys';
import { caseIndexEntry } from '../query';
import type { AuditEntry, CaseCommit } from '../types';
import { internSlot } from './internSlot';
import { type LowdbOp, packRef } from './lowdbOps';
import type { LowdbState } from './lowdbState';

const corrupt = (lsn: number, reason: string) => gridcaseError('store.corrupt', { lsn, reason });

const appendAudit = (state: LowdbState, lsn: number, entries: readonly AuditEntry[]) => {
  entries.forEach((entry, index) => {
    if (entry.seq !== state.auditRefs.length + 1) {
      throw corrupt(lsn, `audit seq ${entry.seq} after ${state.auditRefs.length}`);
    }
    state.auditRefs.push(packRef(lsn, index));
    state.auditHead = { seq: entry.seq, hash: entry.hash };
  });
};

const appendTo = (map: Map<string, readonly string[]>, key: string, json: string) =>
  map.set(key, [...(map.get(key) ?? []), json]);

function applyCommit(state: LowdbState, lsn: number, commit: CaseCommit): void {
  const record = commit.case;
  const { countyId, id: caseId } = record;
  const key = countyKey(countyId, caseId);
  const slot = internSlot({ ...caseIndexEntry(record), lsn, version: record.version, n: -1 });
  state.indexes.put(state.cases.get(key), slot);
  state.cases.set(key, slot);
  if (commit.history.length > 0) {
    const slot = state.history.get(key);
    state.history.set(key, {
      refs: [...(slot?.refs ?? []), ...commit.history.map((_, i) => packRef(lsn, i))],
      lastSeq: commit.history.at(-1)!.seq,
    });
  }
  for (const id of commit.deadlinesCancel)
    state.deadlines.delete(deadlineKey(countyId, caseId, id));
  for (const row of commit.deadlinesSet) {
    const dk = deadlineKey(countyId, caseId, row.id);
    const frozen = Object.freeze(row);
    state.deadlines.set(dk, frozen);
    state.deadlineHeap.push(dk, frozen);
  }
  for (const id of commit.deadlinesFired ?? [])
    state.deadlines.delete(deadlineKey(countyId, caseId, id));
  for (const row of commit.outbox) state.outbox.set(row.id, Object.freeze(row));
  if (commit.idempotency) {
    state.idempotency.set(commit.idempotency.key, { lsn, at: commit.idempotency.at });
  }
}

/**
 * Applies one op (already parsed from its own JSON, so nothing aliases a caller's objects) to
 * the in-memory state. The same function runs when a write is accepted and when the journal
 * is replayed at open: what was acknowledged is what comes back.
 *
 * @example
 * ```ts
 * applyOp(state, JSON.parse(opJson) as LowdbOp);
 * ```
 */
export function applyOp(state: LowdbState, op: LowdbOp): void {
  const lsn = op.n;
  switch (op.t) {
    case 'county':
      state.counties.set(op.v.id, JSON.stringify(op.v));
      return;
    case 'user':
      state.users.set(op.v.id, { countyId: op.v.countyId, json: JSON.stringify(op.v) });
      return;
    case 'draft':
      state.drafts.set(countyKey(op.v.countyId, op.v.definitionId), JSON.stringify(op.v));
      return;
    case 'publish': {
      const key = countyKey(op.v.countyId, op.v.definitionId);
      const versions = state.published.get(key) ?? [];
      if (op.v.version !== versions.length + 1) {
        throw corrupt(lsn, `definition version ${op.v.version} after ${versions.length}`);
      }
      state.published.set(key, [...versions, JSON.stringify(op.v)]);
      appendAudit(state, lsn, op.audit);
      return;
    }
    case 'commit':
      applyCommit(state, lsn, op.v);
      appendAudit(state, lsn, op.audit);
      return;
    case 'comment':
      appendTo(state.comments, countyKey(op.v.countyId, op.v.caseId), JSON.stringify(op.v));
      appendAudit(state, lsn, op.audit);
      return;
    case 'attachment':
      appendTo(state.attachments, countyKey(op.v.countyId, op.v.caseId), JSON.stringify(op.v));
      appendAudit(state, lsn, op.audit);
      return;
    case 'audit':
      appendAudit(state, lsn, op.audit);
      return;
    case 'outboxClaim':
      for (const id of op.ids) {
        const row = state.outbox.get(id);
        if (row) state.outbox.set(id, Object.freeze({ ...row, lockedUntil: op.lockedUntil }));
      }
      return;
    case 'deadlinesFired':
      for (const r of op.rows) state.deadlines.delete(deadlineKey(r.countyId, r.caseId, r.id));
      return;
    case 'outboxSent':
      state.outbox.delete(op.id);
      return;
    case 'outboxFailed': {
      const row = state.outbox.get(op.id);
      if (!row) return;
      const { lockedUntil: _free, ...rest } = row;
      state.outbox.set(
        op.id,
        Object.freeze({
          ...rest,
          attempts: row.attempts + 1,
          lastError: op.error,
          nextAttemptAt: op.nextAttemptAt,
        }),
      );
      return;
    }
    case 'webhook':
      state.webhooks.set(countyKey(op.v.countyId, op.v.id), {
        countyId: op.v.countyId,
        json: JSON.stringify(op.v),
      });
      return;
    case 'webhookDelete':
      state.webhooks.delete(countyKey(op.countyId, op.id));
      return;
    case 'migration':
      state.migrations.set(countyKey(op.v.countyId, op.v.id), {
        countyId: op.v.countyId,
        json: JSON.stringify(op.v),
      });
      return;
    case 'idempotencyPrune':
      for (const [key, record] of state.idempotency) {
        if (record.at < op.before) state.idempotency.delete(key);
      }
      return;
    default:
      throw corrupt(lsn, `unknown op ${(op as { t?: unknown }).t}`);
  }
}
