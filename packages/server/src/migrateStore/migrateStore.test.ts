import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLowdbStore, type LowdbStore } from '../store/lowdb';
import { createPostgresStore, type PostgresStore } from '../store/postgres';
import { createTestDatabase, type TestDatabase } from '../store/postgres/testing/testDatabase';
import { type MigrationPhase, migrateStore } from './index';
import { seedSource } from './testing/seedSource';

let db: TestDatabase;
let dir: string;
const open: Array<LowdbStore | PostgresStore> = [];

beforeAll(async () => {
  db = await createTestDatabase('migrate');
  dir = await mkdtemp(join(tmpdir(), 'gridcase-migrate-'));
});
afterAll(async () => {
  await Promise.all(open.map((store) => store.close()));
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

async function lowdb(name: string, cases: number): Promise<LowdbStore> {
  const store = createLowdbStore({ dir: join(dir, name), onWarning: () => undefined });
  open.push(store);
  await store.open();
  await seedSource(store, cases);
  return store;
}

async function postgres(schema: string): Promise<PostgresStore> {
  const store = createPostgresStore({ connectionString: db.url, schema });
  open.push(store);
  await store.open();
  return store;
}

describe('migrate-store: lowdb to PostgreSQL', () => {
  it('moves 10,000 cases with identical counts and a valid audit chain', async () => {
    const source = await lowdb('big', 10_000);
    const target = await postgres('big');
    const phases = new Set<MigrationPhase>();
    const report = await migrateStore({
      source,
      target,
      sourceName: 'lowdb:big',
      onProgress: (p) => phases.add(p.phase),
    });
    expect(report.counts.filter((c) => c.source !== c.target)).toEqual([]);
    expect(report.counts.find((c) => c.what === 'cases in c1')?.target).toBe(7500);
    expect(report.counts.find((c) => c.what === 'cases in c2')?.target).toBe(2500);
    expect(report.counts.find((c) => c.what === 'history entries')?.target).toBe(10_200);
    expect(report.audit).toMatchObject({ ok: true, count: (await source.auditHead()).seq });
    expect(report).toMatchObject({ ok: true, sameHead: true, resumed: false, copiedCases: 10_000 });
    expect([...phases]).toEqual([
      'tenants',
      'cases',
      'deadlines',
      'outbox',
      'idempotency',
      'audit',
      'verify',
    ]);

    // the same answers from both stores
    for (const [countyId, id] of [
      ['c2', 'case-00000'],
      ['c1', 'case-00001'],
      ['c1', 'case-09999'],
    ] as const) {
      expect(await target.getCase(countyId, id)).toEqual(await source.getCase(countyId, id));
      expect(await target.getHistory(countyId, id)).toEqual(await source.getHistory(countyId, id));
      expect(await target.listComments(countyId, id)).toEqual(
        await source.listComments(countyId, id),
      );
    }
    expect(await target.getIdempotency('u1:case-04242')).toEqual(
      await source.getIdempotency('u1:case-04242'),
    );
    expect(await target.getBlob('a500')).toEqual(await source.getBlob('a500'));
    const query = { countyId: 'c1', withinAreas: ['t3'], text: 'land', sort: 'due' as const };
    const ids = async (store: LowdbStore | PostgresStore) =>
      (await store.listCases({ ...query, limit: 20 })).items.map((c) => c.id);
    expect(await ids(target)).toEqual(await ids(source));
    expect(await target.dueDeadlines('2026-12-31T00:00:00.000Z', 5)).toEqual(
      await source.dueDeadlines('2026-12-31T00:00:00.000Z', 5),
    );
    expect(await target.listDefinitions('c1')).toEqual(await source.listDefinitions('c1'));
  }, 120_000);

  it('resumes after a stop from the last committed batch', async () => {
    const source = await lowdb('resume', 1200);
    const target = await postgres('resume');
    let batches = 0;
    const stopping = migrateStore({
      source,
      target,
      sourceName: 'lowdb:resume',
      batchSize: 200,
      onProgress: (p) => {
        if (p.phase === 'cases' && p.done > 0 && ++batches === 3) throw new Error('power cut');
      },
    });
    await expect(stopping).rejects.toThrow('power cut');
    const report = await migrateStore({
      source,
      target,
      sourceName: 'lowdb:resume',
      batchSize: 200,
    });
    expect(report).toMatchObject({ ok: true, resumed: true, copiedCases: 600 });
    const again = await migrateStore({ source, target, sourceName: 'lowdb:resume' });
    expect(again).toMatchObject({ ok: true, resumed: true, copiedCases: 0 });
  }, 60_000);

  it('refuses a target that holds other data', async () => {
    const source = await lowdb('small', 10);
    const target = await postgres('used');
    await target.appendAudit([{ at: 'x', countyId: 'c9', actor: { userId: 'u' }, action: 'a' }]);
    await expect(migrateStore({ source, target, sourceName: 'lowdb:small' })).rejects.toThrow(
      /already holds gridcase data/,
    );
  });
});
