import { toStorable, toStorableJson } from '../../storable';
import type { PgDb } from './pgDb';

/** What every part of the PostgreSQL store shares. */
export interface PgContext {
  /** The open database, or `store.unavailable` before `open()` / after `close()`. */
  db(): PgDb;
  /** A checked deep copy (`store.valueRejected` for non-JSON or too-deep values). */
  copy<T>(value: T): T;
  /** Checked JSON text of a value, for a `json`/`jsonb` parameter. */
  json(value: unknown): string;
}

/**
 * The context over a store's current database handle and depth limit.
 *
 * @example
 * ```ts
 * const ctx = createPgContext(() => current, 64);
 * await ctx.db().query('SELECT 1');
 * ```
 */
export function createPgContext(db: () => PgDb, maxDepth: number): PgContext {
  return {
    db,
    copy: (value) => toStorable(value, maxDepth),
    json: (value) => toStorableJson(value, maxDepth),
  };
}
