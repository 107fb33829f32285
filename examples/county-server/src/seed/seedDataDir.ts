import { createLowdbStore } from '@gridcase/server';
import { type SeedOptions, type SeedReport, seedStore } from './seedStore';

/**
 * Seeds a lowdb data directory (created if missing) with the example counties and closes it,
 * ready for a server to open.
 *
 * @example
 * ```ts
 * await seedDataDir('/tmp/gridcase-e2e/seed', { storyLimit: 30 });
 * ```
 */
export async function seedDataDir(dir: string, options: SeedOptions = {}): Promise<SeedReport> {
  const store = createLowdbStore({ dir });
  await store.open();
  try {
    return await seedStore(store, options);
  } finally {
    await store.close();
  }
}
