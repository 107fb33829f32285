import type { Pool } from 'pg';
import { MIGRATIONS, type Migration } from './migrations';

/** What {@link migrate} did. */
export interface MigrateResult {
  /** The schema version after the run. */
  version: number;
  /** Versions applied by this run (empty when the schema was current). */
  applied: number[];
}

// one lock per schema: the named one, else the connection's current schema
const KEY = `hashtextextended('gridcase.migrate.' || coalesce($1, current_schema(), ''), 0)`;
const LOCK = `SELECT pg_advisory_lock(${KEY})`;
const UNLOCK = `SELECT pg_advisory_unlock(${KEY})`;

/**
 * Brings the schema up to date: creates the named schema if missing (the pool's `search_path`
 * must point at it), applies each pending migration in its own transaction and records it in
 * `gc_migrations`. Concurrent starters queue on an advisory lock, so exactly one
 * of them applies a migration and the others find it done. Idempotent: a second run applies
 * nothing. Refuses a database migrated by a newer gridcase (a version it does not know).
 *
 * @example
 * ```ts
 * const { version, applied } = await migrate(pool, { schema: 'gridcase' }); // { version: 1, applied: [1] } the first time
 * ```
 */
export async function migrate(
  pool: Pool,
  options: { schema?: string; migrations?: readonly Migration[] } = {},
): Promise<MigrateResult> {
  const migrations = options.migrations ?? MIGRATIONS;
  const schema = options.schema ?? null;
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(LOCK, [schema]);
    try {
      // (IF NOT EXISTS alone is not safe against a concurrent starter: the lock makes it so)
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS gc_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
      const done = await client.query<{ version: number }>('SELECT version FROM gc_migrations');
      const have = new Set(done.rows.map((row) => row.version));
      const known = new Set(migrations.map((m) => m.version));
      const unknown = [...have].filter((v) => !known.has(v));
      if (unknown.length > 0) {
        throw new Error(
          `the database schema has version ${Math.max(...unknown)}, newer than this gridcase knows; upgrade gridcase`,
        );
      }
      const applied: number[] = [];
      for (const migration of migrations) {
        if (have.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO gc_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          throw error;
        }
        applied.push(migration.version);
      }
      return { version: Math.max(0, ...known), applied };
    } finally {
      await client.query(UNLOCK, [schema]).catch(() => {
        broken = true;
      });
    }
  } finally {
    client.release(broken);
  }
}
