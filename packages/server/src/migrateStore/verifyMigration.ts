import { type AuditVerdict, verifyAuditChain } from '../audit';
import type { PostgresStore } from '../store/postgres';
import type { CaseStore } from '../store/types';

/** One count on both sides. */
export interface CountCheck {
  what: string;
  source: number;
  target: number;
}

export interface MigrationCheck {
  ok: boolean;
  counts: CountCheck[];
  /** The target's whole audit chain, verified entry by entry. */
  audit: AuditVerdict;
  /** Whether the target's chain head is the source's (same seq and hash). */
  sameHead: boolean;
}

/** A time after every deadline: `dueDeadlines(FAR, ...)` lists every unfired row. */
export const FAR_FUTURE = '9999-12-31T23:59:59.999Z';
const ALL = 1_000_000_000;

async function pages<T>(
  read: (after: string | undefined) => Promise<T[]>,
  key: (row: T) => string,
) {
  let count = 0;
  let after: string | undefined;
  for (;;) {
    const page = await read(after);
    count += page.length;
    if (page.length === 0) return count;
    after = key(page.at(-1)!);
  }
}

/** What the source holds, counted through the `CaseStore` interface. */
async function sourceCounts(source: CaseStore, pageSize: number): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const add = (what: string, n: number) => counts.set(what, (counts.get(what) ?? 0) + n);
  const counties = await source.listCounties();
  add('counties', counties.length);
  for (const { id } of counties) {
    add('users', (await source.listUsers(id)).length);
    add('definitions', (await source.listDefinitions(id)).length);
    add('webhooks', (await source.listWebhooks(id)).length);
    add('migration records', (await source.listMigrations(id)).length);
    const total = (await source.listCases({ countyId: id, limit: 0 })).total;
    add(`cases in ${id}`, total);
    for (let offset = 0; offset < total; offset += pageSize) {
      const page = await source.listCases({
        countyId: id,
        sort: 'createdAt',
        order: 'asc',
        offset,
        limit: pageSize,
      });
      const sizes = await Promise.all(
        page.items.map(async (c) => [
          (await source.getHistory(id, c.id)).length,
          (await source.listComments(id, c.id)).length,
          (await source.listAttachments(id, c.id)).length,
        ]),
      );
      for (const [history, comments, attachments] of sizes) {
        add('history entries', history!);
        add('comments', comments!);
        add('attachments', attachments!);
      }
    }
  }
  add('unfired deadlines', (await source.dueDeadlines(FAR_FUTURE, ALL)).length);
  add(
    'unsent outbox rows',
    await pages(
      (a) => source.listOutbox(a, pageSize),
      (r) => r.id,
    ),
  );
  add(
    'idempotency records',
    await pages(
      (a) => source.listIdempotency(a, pageSize),
      (r) => r.key,
    ),
  );
  add('audit entries', (await source.auditHead()).seq);
  return counts;
}

/** The same counts in the target, by SQL. */
async function targetCounts(target: PostgresStore): Promise<Map<string, number>> {
  const pool = target.pool!;
  const counts = new Map<string, number>();
  const { rows } = await pool.query<Record<string, string>>(`SELECT
    (SELECT count(*) FROM gc_counties) AS "counties",
    (SELECT count(*) FROM gc_users) AS "users",
    (SELECT count(*) FROM gc_definitions) AS "definitions",
    (SELECT count(*) FROM gc_webhooks) AS "webhooks",
    (SELECT count(*) FROM gc_case_migrations) AS "migration records",
    (SELECT count(*) FROM gc_history) AS "history entries",
    (SELECT count(*) FROM gc_comments) AS "comments",
    (SELECT count(*) FROM gc_attachments) AS "attachments",
    (SELECT count(*) FROM gc_deadlines WHERE fired_at IS NULL) AS "unfired deadlines",
    (SELECT count(*) FROM gc_outbox WHERE sent_at IS NULL) AS "unsent outbox rows",
    (SELECT count(*) FROM gc_idempotency) AS "idempotency records",
    (SELECT count(*) FROM gc_audit) AS "audit entries"`);
  for (const [what, n] of Object.entries(rows[0] ?? {})) counts.set(what, Number(n));
  const perCounty = await pool.query<{ county_id: string; n: string }>(
    'SELECT county_id, count(*) AS n FROM gc_cases GROUP BY county_id',
  );
  for (const row of perCounty.rows) counts.set(`cases in ${row.county_id}`, Number(row.n));
  return counts;
}

/**
 * Compares a migrated PostgreSQL store with its source: every count (counties, users,
 * definitions, webhooks, migration records, cases per county, history entries, comments, attachments, unfired
 * deadlines, unsent outbox rows, idempotency records, audit entries), the audit chain head,
 * and the target's whole chain re-hashed entry by entry.
 *
 * @example
 * ```ts
 * const check = await verifyMigration(lowdbStore, pgStore);
 * if (!check.ok) console.table(check.counts);
 * ```
 */
export async function verifyMigration(
  source: CaseStore,
  target: PostgresStore,
  pageSize = 1000,
): Promise<MigrationCheck> {
  const [fromSource, fromTarget] = await Promise.all([
    sourceCounts(source, pageSize),
    targetCounts(target),
  ]);
  const names = [...new Set([...fromSource.keys(), ...fromTarget.keys()])];
  const counts = names.map((what) => ({
    what,
    source: fromSource.get(what) ?? 0,
    target: fromTarget.get(what) ?? 0,
  }));
  const [audit, sourceHead, targetHead] = await Promise.all([
    verifyAuditChain(target, pageSize),
    source.auditHead(),
    target.auditHead(),
  ]);
  const sameHead = sourceHead.seq === targetHead.seq && sourceHead.hash === targetHead.hash;
  const ok =
    counts.every((c) => c.source === c.target) &&
    audit.ok &&
    audit.count === targetHead.seq &&
    sameHead;
  return { ok, counts, audit, sameHead };
}
