import { expect, it } from 'vitest';
import type { MigrationRecord } from '../types';
import { type ContractContext, rejectionCode } from './contractContext';
import { deepValue, minute } from './fixtures';

const record = (id: string, o: Partial<MigrationRecord> = {}): MigrationRecord => ({
  countyId: 'c1',
  id,
  definitionId: 'd',
  fromVersion: 1,
  toVersion: 2,
  plan: { id, states: { open: 'open' }, fields: [{ from: 'a', to: 'b.c' }] },
  planHash: `hash-${id}`,
  status: 'running',
  startedBy: 'admin',
  startedAt: minute(1),
  updatedAt: minute(1),
  passes: 1,
  total: 3,
  migrated: 0,
  skipped: 0,
  failed: 0,
  failures: [],
  ...o,
});

/** Migration records: put replaces, get and list per county (and definition), in start order. */
export function migrationsContract(ctx: ContractContext): void {
  it('stores, replaces and lists migration records per county and definition', async () => {
    const store = ctx.store();
    await store.putMigration(record('p2', { startedAt: minute(5) }));
    await store.putMigration(record('p1'));
    await store.putMigration(record('p3', { definitionId: 'e', startedAt: minute(2) }));
    await store.putMigration(record('p1', { countyId: 'c2' }));
    const done = record('p1', {
      status: 'done',
      migrated: 2,
      failed: 1,
      cursor: 'case-9',
      inFlight: ['case-8', 'case-9'],
      failures: [
        {
          caseId: 'case-7',
          stages: ['d.open'],
          code: 'migration.fieldOccupied',
          message: '字段',
          details: { from: 'a', to: 'b.c' },
        },
      ],
      finishedAt: minute(3),
    });
    await store.putMigration(done);
    expect(await store.getMigration('c1', 'p1')).toEqual(done);
    expect(await store.getMigration('c1', 'nope')).toBeUndefined();
    expect((await store.listMigrations('c1')).map((m) => m.id)).toEqual(['p1', 'p3', 'p2']);
    expect((await store.listMigrations('c1', 'd')).map((m) => m.id)).toEqual(['p1', 'p2']);
    expect((await store.listMigrations('c2')).map((m) => [m.id, m.status])).toEqual([
      ['p1', 'running'],
    ]);
  });

  it('hands out copies and refuses values that are not JSON', async () => {
    const store = ctx.store();
    const mine = record('p1');
    await store.putMigration(mine);
    mine.migrated = 99;
    const read = (await store.getMigration('c1', 'p1'))!;
    expect(read.migrated).toBe(0);
    read.failures.push({ caseId: 'x', stages: [], code: 'c', message: 'm' });
    expect((await store.getMigration('c1', 'p1'))?.failures).toEqual([]);
    const poisoned = record('p2', {
      failures: [
        { caseId: 'x', stages: [], code: 'c', message: 'm', details: { deep: deepValue(80) } },
      ],
    });
    expect(await rejectionCode(store.putMigration(poisoned))).toBe('store.valueRejected');
    expect(await store.getMigration('c1', 'p2')).toBeUndefined();
  });
}
