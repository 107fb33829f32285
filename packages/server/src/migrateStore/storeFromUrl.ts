import { resolve } from 'node:path';
import { createLowdbStore } from '../store/lowdb';
import { createMemoryStore } from '../store/memory';
import { createPostgresStore } from '../store/postgres';
import type { CaseStore } from '../store/types';

/** A store named by a URL, with the name to record it under (paths made absolute). */
export interface NamedStore {
  store: CaseStore;
  kind: 'lowdb' | 'postgres' | 'memory';
  /** `lowdb:/abs/path`, the URL without its password, or `memory:`. */
  name: string;
}

const POSTGRES = /^postgres(ql)?:\/\//i;

/**
 * Makes the store a URL names (not opened): `lowdb:PATH` (a data directory), `postgres://...`
 * or `postgresql://...` (a database; `?schema=name` puts the tables in that schema), or
 * `memory:`. Throws for anything else.
 *
 * @example
 * ```ts
 * const { store } = createStoreFromUrl(process.env.DATABASE_URL ?? 'lowdb:/var/lib/gridcase');
 * await store.open();
 * ```
 */
export function createStoreFromUrl(url: string): NamedStore {
  if (url.startsWith('lowdb:')) {
    const dir = resolve(url.slice('lowdb:'.length).replace(/^\/\/(?=\/)/, '') || '.');
    return { store: createLowdbStore({ dir }), kind: 'lowdb', name: `lowdb:${dir}` };
  }
  if (POSTGRES.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    parsed.searchParams.delete('schema');
    const store = createPostgresStore({ connectionString: parsed.toString(), schema });
    parsed.password = '';
    return { store, kind: 'postgres', name: parsed.toString() };
  }
  if (url === 'memory:') return { store: createMemoryStore(), kind: 'memory', name: 'memory:' };
  throw new Error(
    `unknown store ${JSON.stringify(url)}: use lowdb:PATH, postgresql://... or memory:`,
  );
}

/**
 * The store a server process runs on: PostgreSQL when `DATABASE_URL` is set (several server
 * processes may share it), else the lowdb data directory (one process).
 *
 * @example
 * ```ts
 * const store = createStoreFromEnv(process.env, '/var/lib/gridcase');
 * ```
 */
export function createStoreFromEnv(
  env: Record<string, string | undefined>,
  dataDir: string,
): CaseStore {
  const url = env.DATABASE_URL?.trim();
  return createStoreFromUrl(url ? url : `lowdb:${dataDir}`).store;
}
