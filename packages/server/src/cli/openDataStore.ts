import { resolve } from 'node:path';
import { createGridcaseApp, type GridcaseApp } from '../app/createGridcaseApp';
import type { AuthProvider } from '../auth/types';
import { createLowdbStore, createMemoryStore } from '../store';
import type { CaseStore } from '../store/types';

/** The data directory: `--data`, else `GRIDCASE_DATA_DIR`, else `.data/gridcase`. */
export function dataDir(option: string | undefined): string {
  return resolve(option ?? process.env.GRIDCASE_DATA_DIR ?? '.data/gridcase');
}

/** An auth provider that admits nobody: for offline commands that never answer HTTP. */
export const noAuth: AuthProvider = { authenticate: async () => null };

/**
 * Opens the lowdb store of a data directory (taking its lock: a running server holding it makes
 * this fail with `store.locked`) and an app over it for offline commands.
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
}): Promise<{ app: GridcaseApp; store: CaseStore; dir?: string }> {
  const dir = options.memory ? undefined : dataDir(options.data);
  const store = dir ? createLowdbStore({ dir }) : createMemoryStore();
  await store.open();
  const app = createGridcaseApp({
    store,
    auth: noAuth,
    logger: { info() {}, warn() {}, error: console.error },
  });
  return { app, store, dir };
}
