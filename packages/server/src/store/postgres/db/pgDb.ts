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
}

/** The store's way to the database: statements, transactions and cross-process locks. */
export interface PgDb {
  readonly pool: Pool;
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
const isRollback = <T>(value: unknown): value is Rollback<T> =>
  typeof value === 'object' && value !== null && 'rollback' in value;

/**
 * Wraps a pool with the store's statement, transaction and lock helpers; every driver error
 * leaves here as a catalog error (`store.unavailable` or `store.writeFailed`).
 *
 * @example
 * ```ts
 * const db = createPgDb(pool);
 * await db.transaction(async (client) => {
 *   await client.query('UPDATE gc_cases SET doc = $3 WHERE county_id = $1 AND id = $2', [c, id, doc]);
 * });
 * ```
 */
export function createPgDb(pool: Pool): PgDb {
  const scope = new AsyncLocalStorage<Scope>();

  async function withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const held = scope.getStore();
    if (held && !held.inTransaction) {
      held.inTransaction = true;
      try {
        return await work(held.client);
      } finally {
        held.inTransaction = false;
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
    async query(text, values, kind = 'read') {
      try {
        const held = scope.getStore();
        return await (held ? held.client : pool).query(text, values);
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
      if (scope.getStore()) return work();
      let client: PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw storeError(error, 'read');
      }
      let broken: Error | undefined;
      try {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      } catch (error) {
        client.release(error as Error);
        throw storeError(error, 'read');
      }
      try {
        return await scope.run({ client, inTransaction: false }, work);
      } finally {
        await client
          .query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key])
          .catch((error: Error) => {
            broken = error;
          });
        client.release(broken);
      }
    },
  };
}
