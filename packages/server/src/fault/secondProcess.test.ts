/**
 * T-2PROC: a second `gridcase serve` on a data directory a running server holds refuses to
 * start, with the coded error and a non-zero exit, and leaves the files alone; the first
 * server keeps serving and storing. (The store-level lock itself, its holder details and
 * stale-lock takeover are covered in store/lowdb/lowdbProcesses.test.ts.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLowdbStore } from '../store';
import { figure } from './figure';
import {
  prepareDataDir,
  sendNote,
  serverTokens,
  spawnServer,
  startServer,
  useDataDirs,
} from './serverProcess';

const auth = serverTokens();

/** Every file of the data directory with its bytes. */
const snapshotDir = async (dir: string) => {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(name, 'base64')] as const)),
  );
};

const note = (url: string, caseId: string, key: string, text: string) =>
  sendNote(url, auth, { userId: 'police-e1', caseId, key, note: text });

describe('fault: a second server process', () => {
  const dirs = useDataDirs();

  it('refuses to start on a held data directory while the first keeps serving', {
    timeout: 120_000,
  }, async (ctx) => {
    const dir = await dirs.make();
    const [caseId] = await prepareDataDir(dir, 1);
    const first = await startServer(dir);
    expect((await note(first.url, caseId!, 'second-before-1', 'before')).status).toBe(200);

    const files = await snapshotDir(dir);
    const second = spawnServer(dir);
    const { code } = await second.exited;
    expect(code).toBe(2);
    expect(second.output()).toContain('Failed: Another process holds the data directory');
    expect(second.output()).toContain('(store.locked)');
    expect(second.output()).not.toContain('listening');
    expect(await snapshotDir(dir)).toEqual(files); // not a byte written, the lock file untouched

    const after = await note(first.url, caseId!, 'second-after-1', 'after');
    expect(after.status).toBe(200);
    expect((await after.json()).case.version).toBe(3);
    await first.kill();

    const store = createLowdbStore({ dir, onWarning: () => undefined });
    await store.open();
    try {
      const history = await store.getHistory('demo-county', caseId!);
      expect(history.map((h) => [h.seq, h.changes?.note?.[1]])).toEqual([
        [1, undefined],
        [2, 'before'],
        [3, 'after'],
      ]);
    } finally {
      await store.close();
    }
    figure(
      ctx,
      'second process',
      `refused with store.locked, exit ${code}, data directory byte-identical; the first server stored the next command (seq 3)`,
    );
  });
});
