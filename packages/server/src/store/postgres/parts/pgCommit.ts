import { gridcaseError } from '@gridcase/engine';
import type { PoolClient } from 'pg';
import type { AuditHead } from '../../../audit';
import { refuseCommit, validateCommit, validateHistorySeq } from '../../commit';
import type { CaseCommit, CommitResult, IdempotencyRecord } from '../../types';
import type { PgContext } from '../db/pgContext';
import { appendAuditTx } from './pgAudit';
import { outboxColumns } from './pgRows';

/** A create that lost the race for its case id: decided after rollback. */
const LOST_CREATE = Symbol('lostCreate');
/** An idempotency key another transaction took first: decided after rollback. */
const LOST_KEY = Symbol('lostKey');
type Outcome = CommitResult | typeof LOST_CREATE | typeof LOST_KEY;

/** Runs one statement: a transaction's client or the store's `PgDb`. */
type Query = (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>;

async function readIdempotency(query: Query, key: string): Promise<IdempotencyRecord | undefined> {
  const { rows } = await query('SELECT record FROM gc_idempotency WHERE key = $1', [key]);
  return (rows[0] as { record: IdempotencyRecord } | undefined)?.record;
}

/**
 * The case row (an insert for a create, else an update at the expected version), its history,
 * outbox rows and the idempotency record, in one statement that also locks the audit chain
 * head (last: the head is held for the shortest time). Returns whether the case row was
 * written, whether the key was free (the caller rolls back otherwise) and the locked head.
 */
async function writeCase(
  client: PoolClient,
  commit: CaseCommit,
  caseJson: string,
): Promise<{ caseWritten: boolean; keyTaken: boolean; head: AuditHead }> {
  const { countyId, id } = commit.case;
  const write =
    commit.expectedVersion === null
      ? `INSERT INTO gc_cases (county_id, id, doc) SELECT $1, $2, $3::jsonb
         WHERE $4::integer IS NULL ON CONFLICT (county_id, id) DO NOTHING RETURNING 1`
      : 'UPDATE gc_cases SET doc = $3::jsonb WHERE county_id = $1 AND id = $2 AND version = $4 RETURNING 1';
  const { rows } = await client.query<{
    case_rows: string;
    key_rows: string;
    head_seq: string;
    head_hash: string;
  }>(
    `WITH c AS (${write}),
     h AS (INSERT INTO gc_history (county_id, case_id, seq, entry)
       SELECT $1, $2, (e->>'seq')::integer, e FROM json_array_elements($5::json) AS e),
     o AS (INSERT INTO gc_outbox
         (id, county_id, next_attempt_at, attempts, sent_at, last_error, locked_until, doc)
       SELECT o->>'id', o->>'countyId', o->>'nextAttemptAt', (o->>'attempts')::integer,
         o->>'sentAt', o->>'lastError', o->>'lockedUntil', o->'doc'
       FROM json_array_elements($6::json) AS o
       ON CONFLICT (id) DO UPDATE SET county_id = EXCLUDED.county_id,
         next_attempt_at = EXCLUDED.next_attempt_at, attempts = EXCLUDED.attempts,
         sent_at = EXCLUDED.sent_at, last_error = EXCLUDED.last_error,
         locked_until = EXCLUDED.locked_until, doc = EXCLUDED.doc),
     i AS (INSERT INTO gc_idempotency (key, at, record)
       SELECT $7, $8, $9::json WHERE $7::text IS NOT NULL
       ON CONFLICT (key) DO NOTHING RETURNING 1),
     head AS (SELECT seq, hash FROM gc_audit_head WHERE id = 1 FOR UPDATE)
     SELECT (SELECT count(*) FROM c) AS case_rows, (SELECT count(*) FROM i) AS key_rows,
       head.seq AS head_seq, head.hash AS head_hash FROM head`,
    [
      countyId,
      id,
      caseJson,
      commit.expectedVersion,
      JSON.stringify(commit.history),
      JSON.stringify(commit.outbox.map(outboxColumns)),
      commit.idempotency?.key ?? null,
      commit.idempotency?.at ?? null,
      commit.idempotency ? JSON.stringify(commit.idempotency) : null,
    ],
  );
  const row = rows[0]!;
  return {
    caseWritten: Number(row.case_rows) === 1,
    keyTaken: !commit.idempotency || Number(row.key_rows) === 1,
    head: { seq: Number(row.head_seq), hash: row.head_hash },
  };
}

/** Deadline rows of one commit: cancelled, set (replacing by id), fired. */
async function writeDeadlines(client: PoolClient, commit: CaseCommit): Promise<void> {
  const { countyId, id: caseId, updatedAt } = commit.case;
  if (commit.deadlinesCancel.length > 0) {
    await client.query(
      'DELETE FROM gc_deadlines WHERE county_id = $1 AND case_id = $2 AND id = ANY($3::text[])',
      [countyId, caseId, commit.deadlinesCancel],
    );
  }
  if (commit.deadlinesSet.length > 0) {
    await client.query(
      `INSERT INTO gc_deadlines (county_id, case_id, id, due_at, fired_at, locked_until, doc)
       SELECT $1, $2, d->>'id', d->>'dueAt', d->>'firedAt', NULL, d
       FROM json_array_elements($3::json) AS d
       ON CONFLICT (county_id, case_id, id) DO UPDATE SET due_at = EXCLUDED.due_at,
         fired_at = EXCLUDED.fired_at, locked_until = NULL, doc = EXCLUDED.doc`,
      [countyId, caseId, JSON.stringify(commit.deadlinesSet)],
    );
  }
  if (commit.deadlinesFired && commit.deadlinesFired.length > 0) {
    await client.query(
      `UPDATE gc_deadlines SET fired_at = $4, locked_until = NULL
       WHERE county_id = $1 AND case_id = $2 AND id = ANY($3::text[]) AND fired_at IS NULL`,
      [countyId, caseId, commit.deadlinesFired, updatedAt],
    );
  }
}

/** The commit transaction; refusals roll back and resolve to their result. */
async function commitTx(
  client: PoolClient,
  commit: CaseCommit,
  caseJson: string,
): Promise<Outcome | { rollback: Outcome }> {
  const { countyId, id } = commit.case;
  const key = commit.idempotency?.key ?? null;
  // The case row lock serializes commits of one case across processes.
  const locked = await client.query<{
    version: number | null;
    last_seq: number | null;
    known: IdempotencyRecord | null;
  }>(
    `SELECT l.version, l.last_seq,
       (SELECT record FROM gc_idempotency WHERE key = $3::text) AS known
     FROM (SELECT 1) AS one LEFT JOIN LATERAL (
       SELECT version, (SELECT max(seq) FROM gc_history h
                        WHERE h.county_id = c.county_id AND h.case_id = c.id) AS last_seq
       FROM gc_cases c WHERE county_id = $1 AND id = $2 FOR UPDATE) AS l ON true`,
    [countyId, id, key],
  );
  const stored = locked.rows[0];
  const version = stored?.version ?? undefined;
  let refusal = refuseCommit(commit, version, stored?.known ?? undefined);
  if (refusal && refusal.reason !== 'duplicateIdempotencyKey' && key !== null) {
    // The key was read in the snapshot from before the row lock was granted: a commit we
    // waited for may have stored it. A duplicate key wins over the other refusals.
    const known = await readIdempotency((text, values) => client.query(text, values), key);
    refusal = refuseCommit(commit, version, known);
  }
  if (refusal) return { rollback: refusal };
  validateHistorySeq(commit, stored?.last_seq ?? 0);
  await writeDeadlines(client, commit);
  const written = await writeCase(client, commit, caseJson);
  // a create that lost the race for its id (an update cannot lose: it holds the row lock)
  if (!written.caseWritten) return { rollback: LOST_CREATE };
  if (!written.keyTaken) return { rollback: LOST_KEY };
  return { ok: true, audit: await appendAuditTx(client, commit.audit, written.head) };
}

/**
 * `CaseStore.commit` on PostgreSQL: one transaction holding the case row lock (optimistic
 * concurrency on the version column, checked in the UPDATE too), the idempotency key unique in
 * the database, and the audit chain appended under the head lock. Rules and check order are
 * those of {@link CaseCommit}.
 *
 * @example
 * ```ts
 * const result = await pgCommit(ctx, commit); // { ok: true, audit } or a refusal
 * ```
 */
export async function pgCommit(
  ctx: PgContext,
  input: CaseCommit,
  attempt = 1,
): Promise<CommitResult> {
  const db = ctx.db();
  validateCommit(input);
  const commit = ctx.copy(input); // refuses poison before anything is sent
  const caseJson = JSON.stringify(commit.case);
  const outcome = await db.transaction((client) => commitTx(client, commit, caseJson));
  if (outcome !== LOST_CREATE && outcome !== LOST_KEY) return outcome;
  const key = commit.idempotency?.key;
  const record = key && (await readIdempotency((text, values) => db.query(text, values), key));
  if (record) return { ok: false, reason: 'duplicateIdempotencyKey', record };
  if (outcome === LOST_CREATE) return { ok: false, reason: 'caseExists' };
  // The key's holder rolled back meanwhile: try again from the start.
  if (attempt >= 3) {
    throw gridcaseError('store.writeFailed', { reason: `idempotency key ${key} kept changing` });
  }
  return pgCommit(ctx, input, attempt + 1);
}
