import type { CaseRecord, HistoryEntry } from '@gridcase/engine';
import type { Pool, PoolClient } from 'pg';
import type { AuditHead } from '../../../audit';
import type {
  AttachmentMeta,
  AuditEntry,
  Comment,
  County,
  DeadlineRow,
  DefinitionVersion,
  IdempotencyRecord,
  MigrationRecord,
  OutboxRow,
  User,
  WebhookSubscription,
} from '../../types';
import { outboxColumns } from '../parts/pgRows';

/** One case with everything that hangs off it, as read from the source store. */
export interface CaseBundle {
  record: CaseRecord;
  history: HistoryEntry[];
  comments: Comment[];
  attachments: AttachmentMeta[];
  blobs: Array<{ id: string; bytes: Uint8Array }>;
}

/**
 * Writes rows into a migrated PostgreSQL schema exactly as another store holds them: same
 * ids, versions, seqs and audit hashes (no re-chaining, no new audit entries). Every write is
 * an upsert, so a run that stopped half way can simply run again. For `gridcase migrate-store`;
 * the server never uses it.
 */
export interface PgImporter {
  /** Whether the schema holds no cases, counties or audit entries. */
  isEmpty(): Promise<boolean>;
  tenants(rows: {
    counties: County[];
    users: User[];
    definitions: DefinitionVersion[];
    webhooks: WebhookSubscription[];
    migrations: MigrationRecord[];
  }): Promise<void>;
  /** Cases with history, comments, attachments and blobs, in one transaction with `after`. */
  cases(bundles: CaseBundle[], after?: (client: PoolClient) => Promise<void>): Promise<void>;
  /** Replaces every deadline row with these. */
  deadlines(rows: DeadlineRow[]): Promise<void>;
  outbox(rows: OutboxRow[]): Promise<void>;
  idempotency(rows: IdempotencyRecord[]): Promise<void>;
  /** Audit entries as they are (`seq`s already taken are left alone). */
  audit(entries: AuditEntry[]): Promise<void>;
  /** The highest audit seq stored (0 when none). */
  lastAuditSeq(): Promise<number>;
  setAuditHead(head: AuditHead): Promise<void>;
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * An importer over a pool whose `search_path` points at a migrated gridcase schema (open a
 * `createPostgresStore` first: its `open()` migrates).
 *
 * @example
 * ```ts
 * const importer = createPgImporter(store.pool!);
 * await importer.cases(bundles);
 * ```
 */
export function createPgImporter(pool: Pool): PgImporter {
  async function tx(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return {
    async isEmpty() {
      const { rows } = await pool.query<{ used: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM gc_cases) OR EXISTS (SELECT 1 FROM gc_counties)
           OR EXISTS (SELECT 1 FROM gc_audit) AS used`,
      );
      return !rows[0]?.used;
    },
    tenants: ({ counties, users, definitions, webhooks, migrations }) =>
      tx(async (client) => {
        await client.query(
          `INSERT INTO gc_counties (id, doc) SELECT d->>'id', d FROM json_array_elements($1::json) d
           ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
          [json(counties)],
        );
        await client.query(
          `INSERT INTO gc_users (id, doc) SELECT d->>'id', d FROM json_array_elements($1::json) d
           ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
          [json(users)],
        );
        await client.query(
          `INSERT INTO gc_definitions (county_id, definition_id, version, doc)
           SELECT d->>'countyId', d->>'definitionId', (d->>'version')::integer, d
           FROM json_array_elements($1::json) d
           ON CONFLICT (county_id, definition_id, version) DO UPDATE SET doc = EXCLUDED.doc`,
          [json(definitions)],
        );
        await client.query(
          `INSERT INTO gc_webhooks (county_id, id, doc)
           SELECT d->>'countyId', d->>'id', d FROM json_array_elements($1::json) d
           ON CONFLICT (county_id, id) DO UPDATE SET doc = EXCLUDED.doc`,
          [json(webhooks)],
        );
        await client.query(
          `INSERT INTO gc_case_migrations (county_id, id, definition_id, started_at, doc)
           SELECT d->>'countyId', d->>'id', d->>'definitionId', d->>'startedAt', d
           FROM json_array_elements($1::json) d
           ON CONFLICT (county_id, id) DO UPDATE SET doc = EXCLUDED.doc`,
          [json(migrations)],
        );
      }),
    cases: (bundles, after) =>
      tx(async (client) => {
        const keys = bundles.map((b) => ({ c: b.record.countyId, k: b.record.id }));
        await client.query(
          `INSERT INTO gc_cases (county_id, id, doc)
           SELECT d->>'countyId', d->>'id', d FROM jsonb_array_elements($1::jsonb) d
           ON CONFLICT (county_id, id) DO UPDATE SET doc = EXCLUDED.doc`,
          [json(bundles.map((b) => b.record))],
        );
        // history, comments and attachments of these cases are replaced whole (order kept)
        for (const table of ['gc_history', 'gc_comments', 'gc_attachments']) {
          await client.query(
            `DELETE FROM ${table} t USING json_to_recordset($1::json) AS k(c text, k text)
             WHERE t.county_id = k.c AND t.case_id = k.k`,
            [json(keys)],
          );
        }
        const history = bundles.flatMap((b) =>
          b.history.map((entry) => ({ c: b.record.countyId, entry })),
        );
        await client.query(
          `INSERT INTO gc_history (county_id, case_id, seq, entry)
           SELECT h->>'c', h->'entry'->>'caseId', (h->'entry'->>'seq')::integer, h->'entry'
           FROM json_array_elements($1::json) h`,
          [json(history)],
        );
        for (const [table, rows] of [
          ['gc_comments', bundles.flatMap((b) => b.comments)],
          ['gc_attachments', bundles.flatMap((b) => b.attachments)],
        ] as const) {
          await client.query(
            `INSERT INTO ${table} (county_id, case_id, id, doc)
             SELECT d->>'countyId', d->>'caseId', d->>'id', d FROM json_array_elements($1::json) d`,
            [json(rows)],
          );
        }
        for (const blob of bundles.flatMap((b) => b.blobs)) {
          await client.query(
            `INSERT INTO gc_blobs (id, bytes) VALUES ($1, $2)
             ON CONFLICT (id) DO UPDATE SET bytes = EXCLUDED.bytes`,
            [blob.id, Buffer.from(blob.bytes)],
          );
        }
        await after?.(client);
      }),
    deadlines: (rows) =>
      tx(async (client) => {
        await client.query('DELETE FROM gc_deadlines');
        await client.query(
          `INSERT INTO gc_deadlines (county_id, case_id, id, due_at, fired_at, locked_until, doc)
           SELECT d->>'countyId', d->>'caseId', d->>'id', d->>'dueAt', d->>'firedAt', NULL, d
           FROM json_array_elements($1::json) d`,
          [json(rows)],
        );
      }),
    async outbox(rows) {
      await pool.query(
        `INSERT INTO gc_outbox
           (id, county_id, next_attempt_at, attempts, sent_at, last_error, locked_until, doc)
         SELECT o->>'id', o->>'countyId', o->>'nextAttemptAt', (o->>'attempts')::integer,
           o->>'sentAt', o->>'lastError', NULL, o->'doc'
         FROM json_array_elements($1::json) AS o
         ON CONFLICT (id) DO UPDATE SET next_attempt_at = EXCLUDED.next_attempt_at,
           attempts = EXCLUDED.attempts, sent_at = EXCLUDED.sent_at,
           last_error = EXCLUDED.last_error, locked_until = NULL, doc = EXCLUDED.doc`,
        [json(rows.map(outboxColumns))],
      );
    },
    async idempotency(rows) {
      await pool.query(
        `INSERT INTO gc_idempotency (key, at, record)
         SELECT r->>'key', r->>'at', r FROM json_array_elements($1::json) r
         ON CONFLICT (key) DO UPDATE SET at = EXCLUDED.at, record = EXCLUDED.record`,
        [json(rows)],
      );
    },
    async audit(entries) {
      await pool.query(
        `INSERT INTO gc_audit (seq, entry)
         SELECT (e->>'seq')::bigint, e FROM json_array_elements($1::json) e
         ON CONFLICT (seq) DO NOTHING`,
        [json(entries)],
      );
    },
    async lastAuditSeq() {
      const { rows } = await pool.query<{ seq: string | null }>(
        'SELECT max(seq) AS seq FROM gc_audit',
      );
      return Number(rows[0]?.seq ?? 0);
    },
    async setAuditHead(head) {
      await pool.query('UPDATE gc_audit_head SET seq = $1, hash = $2 WHERE id = 1', [
        head.seq,
        head.hash,
      ]);
    },
  };
}
