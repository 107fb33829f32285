import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionCode } from '../contract/contractContext';
import { createCommit, makeCase } from '../contract/fixtures';
import { createPostgresStore, type PostgresStore } from './index';
import { freePortUrl } from './testing/freePortUrl';
import { createTestDatabase, type TestDatabase } from './testing/testDatabase';

let db: TestDatabase;
const opened: PostgresStore[] = [];
beforeAll(async () => {
  db = await createTestDatabase('edges');
});
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  await db.drop();
});

const store = async (schema: string) => {
  const made = createPostgresStore({ connectionString: db.url, schema, poolSize: 2 });
  opened.push(made);
  await made.open();
  return made;
};

describe('postgres store: edges', () => {
  it('keeps its tables in the named schema, and leaves other schemas alone', async () => {
    const a = await store('county_a');
    const b = await store('county_b');
    await a.commit(createCommit(makeCase('k1')));
    expect((await a.listCases({ countyId: 'c1' })).total).toBe(1);
    expect((await b.listCases({ countyId: 'c1' })).total).toBe(0);
    expect(() => createPostgresStore({ connectionString: db.url, schema: 'x; DROP' })).toThrow(
      /not a plain name/,
    );
  });

  it('refuses a string PostgreSQL cannot hold (NUL) as store.valueRejected, nothing stored', async () => {
    const s = await store('nul');
    const poisoned = makeCase('k1', { data: { title: 'a\u0000b' } });
    expect(await rejectionCode(s.commit(createCommit(poisoned, { key: 'nul-key' })))).toBe(
      'store.valueRejected',
    );
    expect(await s.getCase('c1', 'k1')).toBeUndefined();
    expect(await s.getIdempotency('nul-key')).toBeUndefined();
    expect(await s.commit(createCommit(makeCase('k2')))).toMatchObject({ ok: true });
  });

  it('says store.unavailable when the database cannot be reached', async () => {
    const nowhere = createPostgresStore({ connectionString: await freePortUrl() });
    expect(await rejectionCode(nowhere.open())).toBe('store.unavailable');
    expect(await rejectionCode(nowhere.getCase('c1', 'k1'))).toBe('store.unavailable');
  });

  it('refuses a schema migrated by a newer gridcase', async () => {
    const s = await store('newer');
    await s.pool?.query(`INSERT INTO gc_migrations (version, name) VALUES (99, 'from the future')`);
    await s.close();
    const older = createPostgresStore({ connectionString: db.url, schema: 'newer' });
    opened.push(older);
    await expect(older.open()).rejects.toThrow();
    expect(older.pool).toBeUndefined();
  });
});
