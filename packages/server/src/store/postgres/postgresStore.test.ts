import { Pool } from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { describeCaseStoreContract } from '../contract.suite';
import { createPostgresStore } from './index';
import { createTestDatabase, emptyStore, type TestDatabase } from './testing/testDatabase';

let db: TestDatabase;
let pool: Pool;
beforeAll(async () => {
  db = await createTestDatabase('contract');
  pool = new Pool({ connectionString: db.url, max: 6 });
});
afterAll(async () => {
  await pool.end();
  await db.drop();
});

// One database and pool for the file; each test gets a new store over the emptied tables.
// (Open and migrate run in every test: the store's `open()` on an already migrated schema.)
describeCaseStoreContract('postgres store', async () => {
  const store = createPostgresStore({ pool });
  await store.open();
  await emptyStore(pool);
  await store.close();
  return { store };
});
