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
  // pg-pool's end() resolves once its clients are told to end, not once their sockets have
  // closed; the DROP DATABASE ... WITH (FORCE) after it can then reach a closing client, whose
  // 57P01 the pool re-emits. A host owns its pool's error handler; this test is the host.
  pool.on('error', (err) => {
    if ((err as { code?: string }).code !== '57P01') throw err;
  });
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
