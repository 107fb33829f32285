import type { PoolClient } from 'pg';
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

/** Writes the case row: an insert for a create, else a versioned update; false when refused. */
async function writeCase(client: PoolClient, commit: CaseCommit, json: string): Promise<boolean> {
  const { countyId, id } = commit.case;
  if (commit.expectedVersion === null) {
    const inserted = await client.query(
      `INSERT INTO gc_cases (county_id, id, doc) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (county_id, id) DO NOTHING`,
      [countyId, id, json],
    );
    return inserted.rowCount === 1;
  }
  const updated = await client.query(
    'UPDATE gc_cases SET doc = $3::jsonb WHERE county_id = $1 AND id = $2 AND version = $4',
    [countyId, id, json, commit.expectedVersion],
  );
  return updated.rowCount === 1;
}

/** History, deadlines (cancel, set, fired) and outbox rows of one commit. */
async function writeRows(client: PoolClient, commit: CaseCommit): Promise<void> {
  const { countyId, id: caseId, updatedAt } = commit.case;
  if (commit.history.length > 0) {
    await client.query(
      `INSERT INTO gc_history (county_id, case_id, seq, entry)
       SELECT $1, $2, (e->>'seq')::integer, e FROM json_array_elements($3::json) AS e`,
      [countyId, caseId, JSON.stringify(commit.history)],
    );
  }
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
  if (commit.outbox.length > 0) {
    await client.query(
      `INSERT INTO gc_outbox
         (id, county_id, next_attempt_at, attempts, sent_at, last_error, locked_until, doc)
       SELECT o->>'id', o->>'countyId', o->>'nextAttemptAt', (o->>'attempts')::integer,
         o->>'sentAt', o->>'lastError', o->>'lockedUntil', o->'doc'
       FROM json_array_elements($1::json) AS o
       ON CONFLICT (id) DO UPDATE SET county_id = EXCLUDED.county_id,
         next_attempt_at = EXCLUDED.next_attempt_at, attempts = EXCLUDED.attempts,
         sent_at = EXCLUDED.sent_at, last_error = EXCLUDED.last_error,
         locked_until = EXCLUDED.locked_until, doc = EXCLUDED.doc`,
      [JSON.stringify(commit.outbox.map(outboxColumns))],
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
  // The case row lock serializes commits of one case across processes; the idempotency check
  // after it sees whatever a commit we waited for stored.
  const locked = await client.query<{ version: number; last_seq: number | null }>(
    `SELECT version, (SELECT max(seq) FROM gc_history h
                      WHERE h.county_id = c.county_id AND h.case_id = c.id) AS last_seq
     FROM gc_cases c WHERE county_id = $1 AND id = $2 FOR UPDATE`,
    [countyId, id],
  );
  const stored = locked.rows[0];
  const known =
    commit.idempotency &&
    (await readIdempotency((text, values) => client.query(text, values), commit.idempotency.key));
  const refusal = refuseCommit(commit, stored?.version, known);
  if (refusal) return { rollback: refusal };
  validateHistorySeq(commit, stored?.last_seq ?? 0);
  if (!(await writeCase(client, commit, caseJson))) {
    // a create that lost the race for its id (an update cannot lose: it holds the row lock)
    return { rollback: LOST_CREATE };
  }
  await writeRows(client, commit);
  if (commit.idempotency) {
    const taken = await client.query(
      `INSERT INTO gc_idempotency (key, at, record) VALUES ($1, $2, $3::json)
       ON CONFLICT (key) DO NOTHING`,
      [commit.idempotency.key, commit.idempotency.at, JSON.stringify(commit.idempotency)],
    );
    if (taken.rowCount !== 1) return { rollback: LOST_KEY };
  }
  // Last, so the chain head is held for the shortest time.
  return { ok: true, audit: await appendAuditTx(client, commit.audit) };
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
export async function pgCommit(ctx: PgContext, input: CaseCommit): Promise<CommitResult> {
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
  // The key's holder rolled back meanwhile: try once more from the start.
  return pgCommit(ctx, input);
}
