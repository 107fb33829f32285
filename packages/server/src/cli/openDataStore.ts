import { resolve } from 'node:path';
import { createGridcaseApp, type GridcaseApp } from '../app/createGridcaseApp';
import type { AuthProvider } from '../auth/types';
import { createStoreFromUrl } from '../migrateStore';
import type { CaseStore } from '../store/types';

/**
 * The data directory: `--data`, else `GRIDCASE_DATA_DIR`, else `.data/gridcase`.
 *
 * @example
 * ```ts
 * dataDir(undefined); // '/abs/path/.data/gridcase' unless GRIDCASE_DATA_DIR is set
 * ```
 */
export function dataDir(option: string | undefined): string {
  return resolve(option ?? process.env.GRIDCASE_DATA_DIR ?? '.data/gridcase');
}

/**
 * The store a command runs on: memory with `--memory`; PostgreSQL when `DATABASE_URL` is set;
 * else the lowdb data directory. `name` is printable (no password).
 *
 * @example
 * ```ts
 * const { store, name } = storeFor({ data: '.data/gridcase' });
 * ```
 */
export function storeFor(options: { data?: string; memory?: boolean }): {
  store: CaseStore;
  name: string;
  kind: string;
} {
  if (options.memory) return createStoreFromUrl('memory:');
  const url = process.env.DATABASE_URL?.trim();
  return createStoreFromUrl(url ? url : `lowdb:${dataDir(options.data)}`);
}

/** An auth provider that admits nobody: for offline commands that never answer HTTP. */
export const noAuth: AuthProvider = { authenticate: async () => null };

/**
 * Opens the command's store (see {@link storeFor}; a lowdb directory held by a running server
 * fails with `store.locked`) and an app over it for offline commands.
 *
 * @example
 * ```ts
 * const { app, store } = await openDataStore({ data: '.data/gridcase' });
 * try { ... } finally { await store.close(); }
 * ```
 */
export async function openDataStore(options: {
  data?: string;
  memory?: boolean;
}): Promise<{ app: GridcaseApp; store: CaseStore; name: string }> {
  const { store, name } = storeFor(options);
  await store.open();
  const app = createGridcaseApp({
    store,
    auth: noAuth,
    logger: { info() {}, warn() {}, error: console.error },
  });
  return { app, store, name };
}
