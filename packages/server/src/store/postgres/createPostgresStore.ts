import { gridcaseError } from '@gridcase/engine';
import { Pool } from 'pg';
import { DEFAULT_MAX_DEPTH } from '../storable';
import type { CaseStore, DeadlineRow } from '../types';
import { createPgContext } from './db/pgContext';
import { createPgDb, type PgDb } from './db/pgDb';
import { storeError } from './db/pgErrors';
import { pgAudit } from './parts/pgAudit';
import { pgCases } from './parts/pgCases';
import { pgExtras } from './parts/pgExtras';
import { pgMigrations } from './parts/pgMigrations';
import { pgQueues } from './parts/pgQueues';
import { pgTenants } from './parts/pgTenants';
import { type MigrateResult, migrate } from './schema/migrate';

export interface PostgresStoreOptions {
  /** `postgresql://user:password@host:5432/database` (e.g. `DATABASE_URL`). */
  connectionString?: string;
  /**
   * A pool the host made and owns, instead of `connectionString`: the store uses it and never
   * ends it. Its connections' `search_path` decides the schema (`schema` is then ignored).
   */
  pool?: Pool;
  /** Connections in the pool the store makes (default 10). */
  poolSize?: number;
  /**
   * Connections for cross-process locks (`withLock`: one per case whose command is running in
   * this process; the command's store calls run on it), a pool of their own so waiting for a
   * lock never takes the connections reads need (default 10; with a host's `pool`, that pool).
   */
  lockPoolSize?: number;
  /**
   * The schema holding gridcase's tables (created if missing). Default: the connection's
   * `search_path`, normally `public`. Lower-case letters, digits and `_`.
   */
  schema?: string;
  /** Deepest nesting a stored value may have (default 64). */
  maxDepth?: number;
}

/** The PostgreSQL store: a `CaseStore` plus what several server processes need. */
export interface PostgresStore extends CaseStore {
  /** The pool in use while open. */
  readonly pool: Pool | undefined;
  /** The schema version `open()` brought the database to, and what it applied. */
  readonly migrated: MigrateResult | undefined;
  /**
   * Claims up to `limit` unfired deadlines due at `nowIso` that no scheduler holds, earliest
   * first, for `leaseMs`: with several processes each due deadline goes to one of them.
   */
  claimDueDeadlines(nowIso: string, limit: number, leaseMs: number): Promise<DeadlineRow[]>;
  /**
   * Runs `work` holding a lock on `key` shared by every process on the database (a session
   * advisory lock), e.g. to serialize the commands of one case across server processes.
   */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The store for several server processes on one PostgreSQL database (`pg` driver, a pool).
 * `open()` applies pending schema migrations (each in one transaction, under an advisory lock
 * so concurrent starters do not race). A commit is one transaction: the case row is locked and
 * its version checked, the idempotency key is unique in the database, and the audit chain is
 * appended under a lock on its head row, so seqs stay contiguous across processes. Lists run as
 * SQL on indexed columns generated from the case document. Deadlines and the outbox are claimed
 * with `FOR UPDATE SKIP LOCKED`.
 *
 * Stored JSON reads back equal; cases (kept as `jsonb`) may come back with their object keys
 * in another order, everything else keeps its text as written.
 *
 * @example
 * ```ts
 * const store = createPostgresStore({ connectionString: process.env.DATABASE_URL });
 * await store.open(); // migrates the schema
 * const app = createGridcaseApp({ store, auth });
 * ```
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  if (!options.pool && !options.connectionString) {
    throw new Error('createPostgresStore: pass connectionString or pool');
  }
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(
      `createPostgresStore: schema ${JSON.stringify(options.schema)} is not a plain name`,
    );
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let current: PgDb | undefined;
  let migrated: MigrateResult | undefined;
  let opening: Promise<void> | undefined;

  const ctx = createPgContext(() => {
    if (!current) throw gridcaseError('store.unavailable', { reason: 'the store is not open' });
    return current;
  }, maxDepth);

  const makePool = (max: number) =>
    new Pool({
      connectionString: options.connectionString,
      max,
      application_name: 'gridcase',
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });

  async function openOnce(): Promise<void> {
    const pool = options.pool ?? makePool(options.poolSize ?? 10);
    // An idle connection the server drops must not crash the process.
    if (!options.pool) pool.on('error', () => undefined);
    try {
      migrated = await migrate(pool, { schema: options.pool ? undefined : options.schema });
    } catch (error) {
      if (!options.pool) await pool.end().catch(() => undefined);
      throw storeError(error, 'read');
    }
    const locks = options.pool ? pool : makePool(options.lockPoolSize ?? 10);
    if (locks !== pool) locks.on('error', () => undefined);
    current = createPgDb(pool, locks);
  }

  return {
    get pool() {
      return current?.pool;
    },
    get migrated() {
      return migrated;
    },
    async open() {
      if (current) return;
      opening ??= openOnce().finally(() => {
        opening = undefined;
      });
      await opening;
    },
    async close() {
      const db = current;
      current = undefined;
      if (db && !options.pool) await Promise.all([db.pool.end(), db.lockPool.end()]);
    },
    withLock: (key, work) => ctx.db().withLock(key, work),
    ...pgTenants(ctx),
    ...pgCases(ctx),
    ...pgExtras(ctx, maxDepth),
    ...pgQueues(ctx),
    ...pgAudit(ctx),
    ...pgMigrations(ctx),
  };
}
