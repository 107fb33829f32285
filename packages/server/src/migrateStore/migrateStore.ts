import type { PostgresStore } from '../store/postgres';
import { createPgImporter, type PgImporter } from '../store/postgres/import';
import type { CaseStore } from '../store/types';
import { type Checkpoint, openCheckpoints } from './checkpoint';
import { copyCases } from './copyCases';
import { FAR_FUTURE, type MigrationCheck, verifyMigration } from './verifyMigration';

export type MigrationPhase =
  | 'tenants'
  | 'cases'
  | 'deadlines'
  | 'outbox'
  | 'idempotency'
  | 'audit'
  | 'verify';

export interface MigrationProgress {
  phase: MigrationPhase;
  done: number;
  /** 0 when not known in advance. */
  total: number;
}

export interface MigrateStoreOptions {
  /** The store to copy from, open (e.g. a lowdb store: the server must be stopped). */
  source: CaseStore;
  /** The PostgreSQL store to copy into, open (so its schema is migrated). */
  target: PostgresStore;
  /** Names the source in the target's checkpoint table, e.g. `lowdb:/var/lib/gridcase`. */
  sourceName: string;
  /** Cases per transaction (default 500). */
  batchSize?: number;
  onProgress?: (progress: MigrationProgress) => void;
}

export interface MigrationReport extends MigrationCheck {
  /** Whether this run continued an earlier one from its checkpoint. */
  resumed: boolean;
  /** Cases copied by this run (a resumed run skips those copied before). */
  copiedCases: number;
}

/** Refuses a target that holds data from something else than this source. */
/** Copies rows page by page after a cursor until the source has no more. */
async function copyPages<T>(
  read: (after: string | undefined) => Promise<T[]>,
  cursor: (row: T) => string,
  write: (rows: T[]) => Promise<void>,
  onPage: (copied: number) => void,
): Promise<void> {
  let copied = 0;
  for (let after: string | undefined; ; ) {
    const rows = await read(after);
    if (rows.length === 0) return;
    await write(rows);
    copied += rows.length;
    after = cursor(rows.at(-1)!);
    onPage(copied);
  }
}

async function startingPoint(
  importer: PgImporter,
  saved: Checkpoint | undefined,
  sourceHead: string,
  sourceName: string,
): Promise<{ state: Checkpoint; resumed: boolean }> {
  if (!saved && !(await importer.isEmpty())) {
    throw new Error(
      `the target database already holds gridcase data that did not come from ${sourceName}; migrate into an empty database or schema`,
    );
  }
  if (saved && saved.sourceHead === sourceHead) return { state: saved, resumed: true };
  // new, or the source changed since the last run: copy everything again (upserts)
  return { state: { sourceHead, cases: {} }, resumed: false };
}

/**
 * Copies a whole store into PostgreSQL as it is (same ids, versions, history seqs, audit
 * entries and hashes), then verifies counts and the audit chain. Resumable: cases go over in
 * batches of `batchSize`, each in one transaction with its checkpoint, and every write is an
 * upsert, so running it again after a stop continues where the last batch committed. The
 * source is only read.
 *
 * @example
 * ```ts
 * const source = createLowdbStore({ dir: '/var/lib/gridcase' });
 * const target = createPostgresStore({ connectionString: process.env.DATABASE_URL });
 * await Promise.all([source.open(), target.open()]);
 * const report = await migrateStore({ source, target, sourceName: 'lowdb:/var/lib/gridcase' });
 * report.ok; // true when every count matches and the audit chain verifies
 * ```
 */
export async function migrateStore(options: MigrateStoreOptions): Promise<MigrationReport> {
  const { source, target, sourceName } = options;
  const batchSize = options.batchSize ?? 500;
  const progress = options.onProgress ?? (() => undefined);
  const pool = target.pool;
  if (!pool) throw new Error('migrateStore: open the target store first');
  const importer = createPgImporter(pool);
  const checkpoints = await openCheckpoints(pool);
  const sourceHead = await source.auditHead();
  const { state, resumed } = await startingPoint(
    importer,
    await checkpoints.load(sourceName),
    sourceHead.hash,
    sourceName,
  );
  state.finishedAt = undefined;
  await checkpoints.save(sourceName, state);

  const counties = await source.listCounties();
  progress({ phase: 'tenants', done: 0, total: counties.length });
  const tenants = {
    counties,
    users: [],
    definitions: [],
    webhooks: [],
    migrations: [],
  } as Parameters<PgImporter['tenants']>[0];
  for (const { id } of counties) {
    tenants.users.push(...(await source.listUsers(id)));
    tenants.definitions.push(...(await source.listDefinitions(id)));
    tenants.webhooks.push(...(await source.listWebhooks(id)));
    tenants.migrations.push(...(await source.listMigrations(id)));
  }
  await importer.tenants(tenants);
  progress({ phase: 'tenants', done: counties.length, total: counties.length });

  const copiedCases = await copyCases({
    source,
    importer,
    counties,
    state,
    batchSize,
    progress,
    save: (client) => checkpoints.save(sourceName, state, client),
  });

  const deadlines = await source.dueDeadlines(FAR_FUTURE, 1_000_000_000);
  await importer.deadlines(deadlines);
  progress({ phase: 'deadlines', done: deadlines.length, total: deadlines.length });

  await copyPages(
    (after) => source.listOutbox(after, batchSize),
    (row) => row.id,
    (rows) => importer.outbox(rows),
    (n) => progress({ phase: 'outbox', done: n, total: 0 }),
  );
  await copyPages(
    (after) => source.listIdempotency(after, batchSize * 4),
    (row) => row.key,
    (rows) => importer.idempotency(rows),
    (n) => progress({ phase: 'idempotency', done: n, total: 0 }),
  );

  let seq = await importer.lastAuditSeq();
  progress({ phase: 'audit', done: Math.min(seq, sourceHead.seq), total: sourceHead.seq });
  while (seq < sourceHead.seq) {
    const entries = await source.readAudit(seq + 1, Math.min(batchSize * 4, sourceHead.seq - seq));
    if (entries.length === 0) break;
    await importer.audit(entries);
    seq = entries.at(-1)!.seq;
    progress({ phase: 'audit', done: seq, total: sourceHead.seq });
  }
  await importer.setAuditHead(sourceHead);

  progress({ phase: 'verify', done: 0, total: 1 });
  const check = await verifyMigration(source, target, batchSize * 2);
  progress({ phase: 'verify', done: 1, total: 1 });
  if (check.ok)
    await checkpoints.save(sourceName, { ...state, finishedAt: new Date().toISOString() });
  return { ...check, resumed, copiedCases };
}
