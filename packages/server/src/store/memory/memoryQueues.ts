import { addMs, countyKey, deadlineKey } from '../keys';
import { createDeadlineLeases } from '../leases';
import type { CaseStore, DeadlineRow } from '../types';
import type { MemoryState } from './memoryState';

type QueueMethods = Pick<
  CaseStore,
  | 'dueDeadlines'
  | 'claimDueDeadlines'
  | 'nextDeadlineAt'
  | 'markDeadlinesFired'
  | 'claimOutbox'
  | 'listOutbox'
  | 'markOutboxSent'
  | 'markOutboxFailed'
  | 'putWebhook'
  | 'listWebhooks'
  | 'deleteWebhook'
>;

const out = <T>(value: T): T => structuredClone(value);
/** Unfired rows due by `nowIso`, earliest first. */
const dueRows = (state: MemoryState, nowIso: string): DeadlineRow[] =>
  [...state.deadlines.values()]
    .filter((d) => !d.firedAt && d.dueAt <= nowIso)
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));

/**
 * The memory store's deadlines, outbox and webhooks (plain scans: the memory store is for tests
 * and small hosts).
 *
 * @example
 * ```ts
 * const store = { ...memoryQueues(state, ready, copy) };
 * ```
 */
export function memoryQueues(
  state: MemoryState,
  ready: () => void,
  copy: <T>(value: T) => T,
): QueueMethods {
  const leases = createDeadlineLeases();
  return {
    async dueDeadlines(nowIso, limit) {
      ready();
      return out(dueRows(state, nowIso).slice(0, limit));
    },
    async claimDueDeadlines(nowIso, limit, leaseMs) {
      ready();
      return out(leases.claim((n) => dueRows(state, nowIso).slice(0, n), nowIso, limit, leaseMs));
    },
    async nextDeadlineAt() {
      ready();
      let next: string | undefined;
      for (const d of state.deadlines.values()) {
        if (!d.firedAt && (next === undefined || d.dueAt < next)) next = d.dueAt;
      }
      return next;
    },

    async markDeadlinesFired(rows, firedAt) {
      ready();
      for (const ref of rows) {
        const row = state.deadlines.get(deadlineKey(ref.countyId, ref.caseId, ref.id));
        if (row && !row.firedAt) row.firedAt = firedAt;
      }
    },

    async claimOutbox(nowIso, limit, leaseMs) {
      ready();
      const free = [...state.outbox.values()].filter(
        (row) =>
          !row.sentAt &&
          row.nextAttemptAt <= nowIso &&
          !(row.lockedUntil && row.lockedUntil > nowIso),
      );
      free.sort((a, b) =>
        a.nextAttemptAt < b.nextAttemptAt ? -1 : a.nextAttemptAt > b.nextAttemptAt ? 1 : 0,
      );
      const claimed = free.slice(0, Math.max(0, limit));
      for (const row of claimed) row.lockedUntil = addMs(nowIso, leaseMs);
      return out(claimed);
    },
    async listOutbox(afterId, limit) {
      ready();
      const rows = [...state.outbox.values()].filter(
        (row) => !row.sentAt && (afterId === undefined || row.id > afterId),
      );
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return out(rows.slice(0, Math.max(0, limit)));
    },
    async markOutboxSent(id, atIso) {
      ready();
      const row = state.outbox.get(id);
      if (!row) return;
      row.sentAt = atIso;
      row.attempts += 1;
      delete row.lockedUntil;
    },
    async markOutboxFailed(id, error, nextAttemptAt) {
      ready();
      const row = state.outbox.get(id);
      if (!row) return;
      row.attempts += 1;
      row.lastError = error;
      row.nextAttemptAt = nextAttemptAt;
      delete row.lockedUntil;
    },
    async putWebhook(sub) {
      ready();
      state.webhooks.set(countyKey(sub.countyId, sub.id), copy(sub));
    },
    async listWebhooks(countyId) {
      ready();
      return out([...state.webhooks.values()].filter((w) => w.countyId === countyId));
    },
    async deleteWebhook(countyId, id) {
      ready();
      state.webhooks.delete(countyKey(countyId, id));
    },
  };
}
