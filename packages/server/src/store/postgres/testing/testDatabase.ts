import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from 'vitest';

/** A database of its own for one test file, in the run's cluster. */
export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database (closing what is still connected to it). */
  drop(): Promise<void>;
}

/** The run's server URL (from the globalSetup), pointed at database `name`. */
export function databaseUrl(name?: string): string {
  const url = new URL(inject('databaseUrl'));
  if (name) url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh, empty database named after the test file's purpose.
 *
 * @example
 * ```ts
 * let db: TestDatabase;
 * beforeAll(async () => { db = await createTestDatabase('contract'); });
 * afterAll(() => db.drop());
 * ```
 */
export async function createTestDatabase(purpose: string): Promise<TestDatabase> {
  const name = `gc_${purpose.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE template0`));
  return {
    url: databaseUrl(name),
    name,
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/**
 * Empties every gridcase table of the store's schema and resets the audit chain head, so one
 * migrated schema serves many tests (much faster than a schema per test).
 *
 * @example
 * ```ts
 * await emptyStore(store.pool!);
 * ```
 */
export async function emptyStore(pool: Pick<Client, 'query'>): Promise<void> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()
     AND tablename LIKE 'gc\\_%' AND tablename NOT IN ('gc_migrations', 'gc_audit_head')`,
  );
  const deletes = rows.map((row) => `DELETE FROM ${row.name};`).join('\n');
  await pool.query(`${deletes}\nUPDATE gc_audit_head SET seq = 0, hash = repeat('0', 64);`);
}
