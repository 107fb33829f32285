import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BLOB_DIR } from './blobFiles';
import { fsyncDir } from './durableFs';
import { JOURNAL_DIR, segmentPath } from './journalSegments';
import type { JournalPosition } from './journalWriter';

const syncFile = async (path: string) => {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/** Copies `from` to `to` (excl), only its first `length` bytes when given, and syncs it. */
const copyDurably = async (from: string, to: string, length?: number) => {
  if (length === undefined) {
    await copyFile(from, to, constants.COPYFILE_EXCL);
  } else {
    const source = await open(from, 'r');
    const target = await open(to, 'wx');
    try {
      const chunk = Buffer.alloc(1 << 20);
      for (let at = 0; at < length; ) {
        const { bytesRead } = await source.read(chunk, 0, Math.min(chunk.length, length - at), at);
        if (bytesRead === 0) break;
        await target.write(chunk, 0, bytesRead, at);
        at += bytesRead;
      }
    } finally {
      await source.close();
      await target.close();
    }
  }
  await syncFile(to);
};

/**
 * Copies a live data directory into an empty `target`, in the order that keeps the copy
 * consistent: the snapshot first (whichever one is in place, it covers less than what
 * follows), then the journal up to the durable end `durableEnd()` gives after that, then
 * blobs (a blob is written before the line that names it). The lock file is not copied.
 * Opening `target` as a store gives the state as of that end.
 *
 * @example
 * ```ts
 * await copyDataDir(dir, '/backup/gridcase-2026-11-22', 'snapshot.jsonl', () => durableEnd());
 * ```
 */
export async function copyDataDir(
  dir: string,
  target: string,
  snapshotFile: string,
  durableEnd: () => Promise<JournalPosition>,
): Promise<void> {
  await mkdir(join(target, JOURNAL_DIR), { recursive: true });
  if ((await readdir(target)).some((name) => name !== JOURNAL_DIR)) {
    throw new Error(`backup target ${target} is not empty`);
  }
  await copyDurably(join(dir, snapshotFile), join(target, snapshotFile)).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    },
  );
  const end = await durableEnd();
  for (let seg = 1; seg <= end.seg; seg += 1) {
    const to = segmentPath(target, seg);
    await copyDurably(segmentPath(dir, seg), to, seg === end.seg ? end.off : undefined).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT' || seg !== end.seg || end.off > 0) throw error;
      },
    );
  }
  await fsyncDir(join(target, JOURNAL_DIR));
  const blobRoot = join(dir, BLOB_DIR);
  for (const fan of await readdir(blobRoot).catch(() => [] as string[])) {
    await mkdir(join(target, BLOB_DIR, fan), { recursive: true });
    for (const name of await readdir(join(blobRoot, fan))) {
      if (!name.includes('.tmp-'))
        await copyDurably(join(blobRoot, fan, name), join(target, BLOB_DIR, fan, name));
    }
    await fsyncDir(join(target, BLOB_DIR, fan));
  }
  await fsyncDir(target);
}
