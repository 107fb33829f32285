import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit';
import { rejectionCode } from '../contract/contractContext';
import {
  audit,
  county,
  createCommit,
  deadlineRow,
  definitionDraft,
  makeCase,
  minute,
  outboxRow,
  updateCommit,
  user,
} from '../contract/fixtures';
import type { CaseStore } from '../types';
import { useTempStoreDir } from './fixtures/tempStoreDir';
import { SNAPSHOT_FILE } from './lowdbCore';

/** Writes one of everything. */
async function fill(store: CaseStore): Promise<void> {
  await store.putCounty(county('c1'));
  await store.putUser(user('u1', 'c1'));
  await store.saveDraft({ ...definitionDraft('d', 'c1', 'draft'), version: 0, status: 'draft' });
  await store.publishDefinition(definitionDraft('d', 'c1', 'one'), audit('definition.publish'));
  const k1 = makeCase('k1', { dueAt: minute(30), data: { title: '邻里纠纷' } });
  await store.commit(
    createCommit(k1, {
      key: 'u1:create',
      deadlinesSet: [deadlineRow('k1', 'a', minute(10)), deadlineRow('k1', 'b', minute(20))],
      outbox: [outboxRow('o1', minute(1)), outboxRow('o2', minute(1)), outboxRow('o3', minute(1))],
    }),
  );
  await store.commit(updateCommit(k1, { updatedAt: minute(2) }, { deadlinesFired: ['a'] }));
  await store.commit(createCommit(makeCase('k2', { areaPath: ['c1', 't2'] })));
  await store.claimOutbox(minute(2), 10, 60_000);
  await store.markOutboxSent('o1', minute(2));
  await store.markOutboxFailed('o2', 'HTTP 502', minute(9));
  await store.putWebhook({
    id: 'w1',
    countyId: 'c1',
    url: 'https://x.test',
    secret: 's',
    events: [],
    createdAt: minute(0),
  });
  await store.addComment(
    { id: 'm1', countyId: 'c1', caseId: 'k1', at: minute(3), userId: 'u1', text: '已联系' },
    audit('comment.add'),
  );
  await store.addAttachment(
    {
      id: 'a1',
      countyId: 'c1',
      caseId: 'k1',
      name: 'p.jpg',
      contentType: 'image/jpeg',
      size: 2,
      sha256: 'x',
      at: minute(3),
      userId: 'u1',
    },
    audit('attachment.add'),
  );
  await store.putBlob('a1', new Uint8Array([7, 8]));
  await store.appendAudit([audit('export.csv')]);
  const migration = {
    countyId: 'c1',
    id: 'plan-1',
    definitionId: 'd',
    fromVersion: 1,
    toVersion: 2,
    plan: { id: 'plan-1', states: { open: 'open' } },
    planHash: 'h',
    status: 'running' as const,
    startedBy: 'u1',
    startedAt: minute(4),
    updatedAt: minute(4),
    passes: 1,
    total: 2,
    migrated: 0,
    skipped: 0,
    failed: 0,
    failures: [],
    inFlight: ['k1'],
  };
  await store.putMigration(migration);
  await store.putMigration({ ...migration, migrated: 1, cursor: 'k1', inFlight: undefined });
}

/** Reads everything back, in a comparable shape. */
async function dump(store: CaseStore) {
  return {
    counties: await store.listCounties(),
    users: await store.listUsers('c1'),
    definitions: await store.listDefinitions('c1'),
    cases: await store.listCases({ countyId: 'c1', sort: 'createdAt' }),
    scoped: (await store.listCases({ countyId: 'c1', withinAreas: ['t2'] })).items.map((c) => c.id),
    history: await store.getHistory('c1', 'k1'),
    idempotency: await store.getIdempotency('u1:create'),
    due: await store.dueDeadlines(minute(60), 10),
    next: await store.nextDeadlineAt(),
    webhooks: await store.listWebhooks('c1'),
    comments: await store.listComments('c1', 'k1'),
    attachments: await store.listAttachments('c1', 'k1'),
    blob: [...((await store.getBlob('a1')) ?? [])],
    audit: await store.readAudit(),
    head: await store.auditHead(),
    migrations: await store.listMigrations('c1'),
  };
}

describe('lowdb store: reopen', () => {
  const t = useTempStoreDir();

  for (const checkpointOnClose of [true, false]) {
    it(`sees everything after close and reopen (${checkpointOnClose ? 'from the snapshot' : 'replaying the journal'})`, async () => {
      const dir = await t.dir();
      const first = await t.open({ dir, checkpointOnClose });
      await fill(first);
      const before = await dump(first);
      await first.close();
      const second = await t.open({ dir });
      const after = await dump(second);
      expect(after).toEqual(before);
      expect(before.cases.total).toBe(2);
      expect(before.migrations.map((m) => [m.migrated, m.cursor])).toEqual([[1, 'k1']]);
      expect(before.due.map((d) => d.id)).toEqual(['b']);
      expect(await second.claimOutbox(minute(2.5), 10, 1000)).toEqual([]); // lease and retry time kept
      expect((await second.claimOutbox(minute(10), 10, 1000)).map((r) => r.id)).toEqual([
        'o3',
        'o2',
      ]);
      expect(await verifyAuditChain(second)).toMatchObject({ ok: true, count: 7 });
      expect(t.warnings).toEqual([]);
    });
  }

  it('carries on after a checkpoint in the middle, and writes more after reopening', async () => {
    const dir = await t.dir();
    const store = await t.open({ dir, checkpointOnClose: false });
    await fill(store);
    await store.checkpoint();
    await store.commit(createCommit(makeCase('k3')));
    const before = await dump(store);
    await store.close();
    const again = await t.open({ dir });
    expect(await dump(again)).toEqual(before);
    await again.commit(createCommit(makeCase('k4')));
    await again.close();
    const third = await t.open({ dir });
    expect((await third.listCases({ countyId: 'c1' })).total).toBe(4);
    expect(await verifyAuditChain(third)).toMatchObject({ ok: true, count: 9 });
  });

  it('rebuilds from the journal when the snapshot is missing or damaged', async () => {
    const dir = await t.dir();
    const store = await t.open({ dir });
    await fill(store);
    const before = await dump(store);
    await store.close();
    await rm(join(dir, SNAPSHOT_FILE));
    const rebuilt = await t.open({ dir });
    expect(await dump(rebuilt)).toEqual(before);
    await rebuilt.close();
    await writeFile(
      join(dir, SNAPSHOT_FILE),
      '00000000 head {"format":"gridcase-lowdb-snapshot"}\n',
    );
    const again = await t.open({ dir });
    expect(await dump(again)).toEqual(before);
    expect(t.warnings.some((w) => w.includes('snapshot unreadable'))).toBe(true);
  });
});

describe('lowdb store: hot backup and restore', () => {
  const t = useTempStoreDir();

  it('copies a live store; the copy opens with everything acknowledged before the backup', async () => {
    const store = await t.open({ checkpointOnClose: false });
    await fill(store);
    const target = join(await t.dir(), 'backup');
    const during = store.commit(createCommit(makeCase('k3'))); // in flight while the backup starts
    await store.backup(target);
    await during;
    await store.commit(createCommit(makeCase('k4'))); // after the backup: not in it
    const restored = await t.open({ dir: target });
    const cases = (await restored.listCases({ countyId: 'c1' })).items.map((c) => c.id).sort();
    expect(cases).toEqual(['k1', 'k2', 'k3']);
    expect([...((await restored.getBlob('a1')) ?? [])]).toEqual([7, 8]);
    expect(await verifyAuditChain(restored)).toMatchObject({ ok: true, count: 8 });
    expect(await rejectionCode(store.backup(target))).toMatch(/not empty/);
  });
});
