import { AsyncLocalStorage } from 'node:async_hooks';
import { isGridcaseError } from '@gridcase/engine';
import {
  DatabaseError,
  type Pool,
  type PoolClient,
  type QueryResult,
  type QueryResultRow,
} from 'pg';
import { storeError } from './pgErrors';

/** A connection some work holds (a lock's session); store calls inside it run on it. */
interface Scope {
  client: PoolClient;
  inTransaction: boolean;
  /** Set when the lock is released: work started inside but still running uses the pool. */
  released: boolean;
}

/** The store's way to the database: statements, transactions and cross-process locks. */
export interface PgDb {
  readonly pool: Pool;
  /** Where lock sessions come from (the main pool unless the store made a second one). */
  readonly lockPool: Pool;
  /** Runs one statement (on the held connection inside {@link PgDb.withLock}). */
  query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
    kind?: 'read' | 'write',
  ): Promise<QueryResult<R>>;
  /**
   * Runs `work` in one transaction: COMMIT when it resolves, ROLLBACK when it throws (or when
   * it returns `{ rollback: value }`, for refusals that must leave nothing behind). A deadlock
   * or serialization failure re-runs it (at most 3 times).
   */
  transaction<T>(work: (client: PoolClient) => Promise<T | Rollback<T>>): Promise<T>;
  /**
   * Runs `work` while holding the session advisory lock named by `key`, shared by every process
   * on the database. Store calls made inside run on the lock's own connection, so a process
   * needs one connection per held lock and waiting for a lock never starves the work of a
   * holder.
   */
  withLock<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** Ends a transaction with ROLLBACK and makes it resolve to `value`. */
export interface Rollback<T> {
  rollback: T;
}

const RETRYABLE = new Set(['40001', '40P01']);
const LOCK = 'SELECT pg_advisory_lock(hashtextextended($1, 0))';
const UNLOCK = 'SELECT pg_advisory_unlock(hashtextextended($1, 0))';
const isRollback = <T>(value: unknown): value is Rollback<T> =>
  typeof value === 'object' && value !== null && 'rollback' in value;

/**
 * Wraps a pool with the store's statement, transaction and lock helpers; every driver error
 * leaves here as a catalog error (`store.unavailable` or `store.writeFailed`). Lock sessions
 * come from `lockPool`: with a pool of their own, sessions waiting for a lock held by another
 * process never keep the connections that reads and sign-ins need.
 *
 * @example
 * ```ts
 * const db = createPgDb(pool);
 * await db.transaction(async (client) => {
 *   await client.query('UPDATE gc_cases SET doc = $3 WHERE county_id = $1 AND id = $2', [c, id, doc]);
 * });
 * ```
 */
export function createPgDb(pool: Pool, lockPool: Pool = pool): PgDb {
  const storage = new AsyncLocalStorage<Scope>();
  const held = (): Scope | undefined => {
    const current = storage.getStore();
    return current && !current.released ? current : undefined;
  };

  async function withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const lock = held();
    if (lock && !lock.inTransaction) {
      lock.inTransaction = true;
      try {
        return await work(lock.client);
      } finally {
        lock.inTransaction = false;
      }
    }
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      // a statement the server refused leaves the connection fine; anything else may not
      if (!(error instanceof DatabaseError || isGridcaseError(error))) broken = error as Error;
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async function transactionOnce<T>(
    work: (client: PoolClient) => Promise<T | Rollback<T>>,
  ): Promise<T> {
    return withClient(async (client) => {
      await client.query('BEGIN');
      let result: T | Rollback<T>;
      try {
        result = await work(client);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
      if (isRollback<T>(result)) {
        await client.query('ROLLBACK');
        return result.rollback;
      }
      await client.query('COMMIT');
      return result;
    });
  }

  return {
    pool,
    lockPool,
    async query(text, values, kind = 'read') {
      try {
        const lock = held();
        // (a statement issued while the held connection is in a transaction stays out of it)
        return await (lock && !lock.inTransaction ? lock.client : pool).query(text, values);
      } catch (error) {
        throw storeError(error, kind);
      }
    },
    async transaction(work) {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await transactionOnce(work);
        } catch (error) {
          const code = (error as { code?: unknown })?.code;
          if (attempt < 3 && typeof code === 'string' && RETRYABLE.has(code)) continue;
          throw storeError(error, 'write');
        }
      }
    },
    async withLock(key, work) {
      const outer = held();
      if (outer) {
        // nested: take this key too, on the connection already held
        await outer.client.query(LOCK, [key]).catch((error) => {
          throw storeError(error, 'read');
        });
        try {
          return await work();
        } finally {
          await outer.client.query(UNLOCK, [key]).catch(() => undefined);
        }
      }
      let client: PoolClient;
      try {
        client = await lockPool.connect();
      } catch (error) {
        throw storeError(error, 'read');
      }
      let broken: Error | undefined;
      try {
        await client.query(LOCK, [key]);
      } catch (error) {
        client.release(error as Error);
        throw storeError(error, 'read');
      }
      const lock: Scope = { client, inTransaction: false, released: false };
      try {
        return await storage.run(lock, work);
      } finally {
        lock.released = true;
        await client.query(UNLOCK, [key]).catch((error: Error) => {
          broken = error;
        });
        client.release(broken);
      }
    },
  };
}
