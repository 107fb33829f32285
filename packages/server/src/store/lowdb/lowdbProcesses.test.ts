import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit';
import { rejectionCode } from '../contract/contractContext';
import { createCommit, makeCase } from '../contract/fixtures';
import { LOCK_FILE } from './dirLock';
import { startChild } from './fixtures/runChild';
import { useTempStoreDir } from './fixtures/tempStoreDir';

/** Runs the child in `lock` mode and returns its one JSON line. */
const tryLockInChild = async (dir: string) => {
  const lines: string[] = [];
  await startChild(['lock', dir], (line) => lines.push(line)).exited;
  return JSON.parse(lines[0] ?? '{}') as {
    opened: boolean;
    code?: string;
    details?: Record<string, unknown>;
  };
};

describe('lowdb store: processes', () => {
  const t = useTempStoreDir();

  it('keeps every commit a kill -9ed process acknowledged, with no duplicates', {
    timeout: 20_000,
  }, async () => {
    const dir = await t.dir();
    const acked = new Map<string, number>();
    for (const round of [1]) {
      let ready = false;
      const child = startChild(['crash', dir, String(round)], (line) => {
        const [word, id, version] = line.split(' ');
        if (word === 'ready') ready = true;
        if (word === 'ack' && id) acked.set(id, Math.max(acked.get(id) ?? 0, Number(version)));
      });
      while (!ready) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 250));
      child.process.kill('SIGKILL');
      await child.exited;
    }
    expect(acked.size).toBeGreaterThan(4);

    const store = await t.open({ dir });
    const all = await store.listCases({ countyId: 'c1' });
    let commits = 0;
    for (const record of all.items) {
      commits += record.version;
      const history = await store.getHistory('c1', record.id);
      expect(history.map((h) => h.seq)).toEqual(
        Array.from({ length: record.version }, (_, i) => i + 1),
      );
      expect(await store.getIdempotency(`${record.id}:${record.version}`)).toBeDefined();
    }
    for (const [id, version] of acked) {
      expect((await store.getCase('c1', id))?.version ?? 0, id).toBeGreaterThanOrEqual(version);
    }
    // one audit entry per commit: none lost, none doubled, chain unbroken
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, count: commits });
  });

  it('refuses a second process on the directory, naming the holder, while the first works on', {
    timeout: 20_000,
  }, async () => {
    const dir = await t.dir();
    const store = await t.open({ dir });
    await store.commit(createCommit(makeCase('k1')));
    const refused = await tryLockInChild(dir);
    expect(refused).toMatchObject({
      opened: false,
      code: 'store.locked',
      details: { pid: process.pid, host: hostname(), path: join(dir, LOCK_FILE) },
    });
    expect(await rejectionCode(t.open({ dir }))).toBe('store.locked');
    await store.commit(createCommit(makeCase('k2')));
    expect((await store.listCases({ countyId: 'c1' })).total).toBe(2);
    await store.close();
    const next = await t.open({ dir }); // released on close
    expect((await next.listCases({ countyId: 'c1' })).total).toBe(2);
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = await t.dir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(gone.stdout.toString());
    const stale = { pid, host: hostname(), startedAt: new Date(0).toISOString(), nonce: 'old' };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(stale));
    const store = await t.open({ dir });
    await store.commit(createCommit(makeCase('k1')));
    expect((await store.getCase('c1', 'k1'))?.version).toBe(1);
  });
});
