import { addMs } from '../../keys';
import type { CaseStore, DeadlineRow } from '../../types';
import type { PgContext } from '../db/pgContext';
import {
  type DeadlineRecord,
  deadlineFromRecord,
  type OutboxRecord,
  outboxFromRecord,
} from './pgRows';

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
>;

const byDue = (a: DeadlineRow, b: DeadlineRow) =>
  a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0;

/**
 * Deadlines and the outbox on PostgreSQL. Claims pick free rows with `FOR UPDATE SKIP LOCKED`
 * and lease them in the same statement, so several server processes polling at once each get
 * different rows and never wait on one another.
 *
 * @example
 * ```ts
 * const queues = pgQueues(ctx);
 * const rows = await queues.claimOutbox(now, 20, 60_000); // this process's rows for 60 s
 * ```
 */
export function pgQueues(ctx: PgContext): QueueMethods {
  return {
    async dueDeadlines(nowIso, limit) {
      const { rows } = await ctx.db().query<DeadlineRecord>(
        `SELECT fired_at, doc FROM gc_deadlines WHERE fired_at IS NULL AND due_at <= $1
         ORDER BY due_at, county_id, case_id, id LIMIT $2`,
        [nowIso, Math.max(0, limit)],
      );
      return rows.map(deadlineFromRecord);
    },
    async claimDueDeadlines(nowIso, limit, leaseMs) {
      const { rows } = await ctx.db().query<DeadlineRecord>(
        `WITH picked AS (
           SELECT county_id, case_id, id FROM gc_deadlines
           WHERE fired_at IS NULL AND due_at <= $1 AND (locked_until IS NULL OR locked_until <= $1)
           ORDER BY due_at, county_id, case_id, id LIMIT $2
           FOR UPDATE SKIP LOCKED)
         UPDATE gc_deadlines d SET locked_until = $3 FROM picked
         WHERE d.county_id = picked.county_id AND d.case_id = picked.case_id AND d.id = picked.id
         RETURNING d.fired_at, d.doc`,
        [nowIso, Math.max(0, limit), addMs(nowIso, leaseMs)],
        'write',
      );
      return rows.map(deadlineFromRecord).sort(byDue);
    },
    async nextDeadlineAt() {
      const { rows } = await ctx
        .db()
        .query<{ next: string | null }>(
          'SELECT min(due_at) AS next FROM gc_deadlines WHERE fired_at IS NULL',
        );
      return rows[0]?.next ?? undefined;
    },
    async markDeadlinesFired(rows, firedAt) {
      if (rows.length === 0) return;
      await ctx.db().query(
        `UPDATE gc_deadlines d SET fired_at = $4, locked_until = NULL
         FROM unnest($1::text[], $2::text[], $3::text[]) AS r(county_id, case_id, id)
         WHERE d.county_id = r.county_id AND d.case_id = r.case_id AND d.id = r.id
           AND d.fired_at IS NULL`,
        [rows.map((r) => r.countyId), rows.map((r) => r.caseId), rows.map((r) => r.id), firedAt],
        'write',
      );
    },
    async claimOutbox(nowIso, limit, leaseMs) {
      const { rows } = await ctx.db().query<OutboxRecord & { id: string }>(
        `WITH picked AS (
           SELECT id FROM gc_outbox
           WHERE sent_at IS NULL AND next_attempt_at <= $1
             AND (locked_until IS NULL OR locked_until <= $1)
           ORDER BY next_attempt_at, id LIMIT $2
           FOR UPDATE SKIP LOCKED)
         UPDATE gc_outbox o SET locked_until = $3 FROM picked WHERE o.id = picked.id
         RETURNING o.id, o.next_attempt_at, o.attempts, o.sent_at, o.last_error,
           o.locked_until, o.doc`,
        [nowIso, Math.max(0, limit), addMs(nowIso, leaseMs)],
        'write',
      );
      return rows
        .sort((a, b) =>
          a.next_attempt_at !== b.next_attempt_at
            ? a.next_attempt_at < b.next_attempt_at
              ? -1
              : 1
            : a.id < b.id
              ? -1
              : 1,
        )
        .map(outboxFromRecord);
    },
    async listOutbox(afterId, limit) {
      const { rows } = await ctx.db().query<OutboxRecord>(
        `SELECT next_attempt_at, attempts, sent_at, last_error, locked_until, doc
         FROM gc_outbox WHERE sent_at IS NULL AND ($1::text IS NULL OR id > $1)
         ORDER BY id LIMIT $2`,
        [afterId ?? null, Math.max(0, limit)],
      );
      return rows.map(outboxFromRecord);
    },
    async markOutboxSent(id, atIso) {
      await ctx.db().query(
        `UPDATE gc_outbox SET sent_at = $2, attempts = attempts + 1, locked_until = NULL
           WHERE id = $1`,
        [id, atIso],
        'write',
      );
    },
    async markOutboxFailed(id, error, nextAttemptAt) {
      await ctx.db().query(
        `UPDATE gc_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3,
             locked_until = NULL
           WHERE id = $1`,
        [id, error, nextAttemptAt],
        'write',
      );
    },
  };
}
