import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit';
import {
  createCommit,
  deadlineRow,
  makeCase,
  minute,
  outboxRow,
  updateCommit,
} from '../contract/fixtures';
import { createPostgresStore, type PostgresStore } from './index';
import { createTestDatabase, type TestDatabase } from './testing/testDatabase';

// Several stores on one database stand for several server processes: each has its own pool,
// so nothing but the database coordinates them.
let db: TestDatabase;
let n = 0;
const opened: PostgresStore[] = [];

beforeAll(async () => {
  db = await createTestDatabase('concurrency');
});
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  await db.drop();
});

/** `count` stores on a fresh schema, opened at the same time. */
async function stores(count: number): Promise<PostgresStore[]> {
  n += 1;
  const made = Array.from({ length: count }, () =>
    createPostgresStore({ connectionString: db.url, schema: `s${n}`, poolSize: 5 }),
  );
  opened.push(...made);
  await Promise.all(made.map((store) => store.open()));
  return made;
}

/**
 * One command as the server runs it on a shared store: under the case's cross-process lock,
 * read, change, commit. Resolves to the commit's result.
 */
const command = (store: PostgresStore, caseId: string, key: string) =>
  store.withLock(`case:c1:${caseId}`, async () => {
    const current = (await store.getCase('c1', caseId))!;
    return store.commit(updateCommit(current, { updatedAt: minute(current.version) }, { key }));
  });

describe('postgres store: several processes on one database', () => {
  it('migrates once when three start together, and again finds nothing to do', async () => {
    const started = await stores(3);
    const applied = started.map((store) => store.migrated?.applied ?? []);
    expect(applied.flat()).toEqual([1, 2, 3, 4]);
    expect(started.every((store) => store.migrated?.version === 4)).toBe(true);
    const again = createPostgresStore({ connectionString: db.url, schema: `s${n}` });
    opened.push(again);
    await again.open();
    expect(again.migrated).toEqual({ version: 4, applied: [] });
  });

  it('loses no command and applies none twice when three writers race on ten cases', async () => {
    const writers = await stores(3);
    for (let i = 0; i < 10; i += 1) await writers[0]!.commit(createCommit(makeCase(`k${i}`)));
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) => command(writers[i % 3]!, `k${i % 10}`, `cmd-${i}`)),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    for (let i = 0; i < 10; i += 1) {
      const history = await writers[1]!.getHistory('c1', `k${i}`);
      expect(history.map((h) => h.seq)).toEqual(Array.from({ length: 16 }, (_, s) => s + 1));
      expect((await writers[2]!.getCase('c1', `k${i}`))?.version).toBe(16);
    }
    const replays = await Promise.all(
      [0, 1, 2].map((i) => command(writers[(i + 1) % 3]!, `k${i}`, `cmd-${i}`)),
    );
    expect(replays.map((r) => !r.ok && r.reason)).toEqual(Array(3).fill('duplicateIdempotencyKey'));
    expect(await verifyAuditChain(writers[1]!)).toMatchObject({ ok: true, count: 160 });
  });

  it('refuses the stale side of a race between writers without the lock', async () => {
    const writers = await stores(3);
    const k1 = makeCase('k1');
    await writers[0]!.commit(createCommit(k1));
    const results = await Promise.all(
      writers.map((store, i) => store.commit(updateCommit(k1, { updatedAt: minute(i) }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'versionConflict')).toHaveLength(2);
    expect((await writers[1]!.getHistory('c1', 'k1')).map((h) => h.seq)).toEqual([1, 2]);
  });

  it('takes an idempotency key once across writers, even on different cases', async () => {
    const writers = await stores(3);
    const results = await Promise.all(
      writers.map((store, i) => store.commit(createCommit(makeCase(`k${i}`), { key: 'same' }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'duplicateIdempotencyKey')).toHaveLength(2);
    expect((await writers[0]!.listCases({ countyId: 'c1' })).total).toBe(1);
  });

  it('runs work under one key one at a time across stores (withLock)', async () => {
    const writers = await stores(2);
    let inside = 0;
    let most = 0;
    const log: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        writers[i % 2]!.withLock('case:c1:k1', async () => {
          inside += 1;
          most = Math.max(most, inside);
          await writers[i % 2]!.getCase('c1', 'k1'); // store calls run on the lock's connection
          await new Promise((resolve) => setTimeout(resolve, 2));
          log.push(i);
          inside -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
    expect(log.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });

  it('hands each due deadline and outbox row to one claimer (FOR UPDATE SKIP LOCKED)', async () => {
    const claimers = await stores(3);
    for (let c = 0; c < 10; c += 1) {
      await claimers[0]!.commit(
        createCommit(makeCase(`k${c}`), {
          deadlinesSet: Array.from({ length: 10 }, (_, d) =>
            deadlineRow(`k${c}`, `d${d}`, minute(d)),
          ),
          outbox: Array.from({ length: 5 }, (_, o) => outboxRow(`k${c}:o${o}`, minute(o), `k${c}`)),
        }),
      );
    }
    const rounds = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        claimers[i % 3]!.claimDueDeadlines(minute(60), 10, 60_000),
      ),
    );
    const deadlines = rounds.flat().map((d) => `${d.caseId}/${d.id}`);
    expect(deadlines).toHaveLength(100);
    expect(new Set(deadlines).size).toBe(100);
    const outbox = (
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => claimers[i % 3]!.claimOutbox(minute(60), 5, 60_000)),
      )
    ).flat();
    expect(new Set(outbox.map((row) => row.id)).size).toBe(50);
    expect(outbox).toHaveLength(50);
  });
});
