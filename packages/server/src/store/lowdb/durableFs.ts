import { randomBytes } from 'node:crypto';
import { type FileHandle, open, readdir, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const TEMP = /\.tmp-\d+-[0-9a-f]{12}$/;

/**
 * Flushes a directory's entries (a rename or a new file inside it) to disk.
 *
 * @example
 * ```ts
 * await fsyncDir('/var/lib/gridcase');
 * ```
 */
export async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A temp name next to `path`, unique per process and call (never shared between writers:
 * the fixed `.tmp` name of steno is how two writers corrupt a file, reliability.md M3).
 *
 * @example
 * ```ts
 * tempPathFor('/data/snapshot.jsonl'); // '/data/snapshot.jsonl.tmp-4242-9f0c1a2b3c4d'
 * ```
 */
export function tempPathFor(path: string): string {
  return `${path}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Replaces `path` atomically and durably: writes a unique temp file through `fill`, syncs
 * it, renames it over `path` and syncs the directory. On any failure the temp file is removed
 * and `path` is untouched.
 *
 * @example
 * ```ts
 * await writeFileDurably(file, async (fh) => { await fh.write(bytes); });
 * ```
 */
export async function writeFileDurably(
  path: string,
  fill: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const temp = tempPathFor(path);
  const handle = await open(temp, 'wx');
  try {
    await fill(handle);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(dirname(path));
}

/**
 * Removes temp files a crashed writer left in `dir` (they were never renamed into place, so
 * they hold nothing acknowledged). Returns how many were removed.
 *
 * @example
 * ```ts
 * await removeStaleTemps(dataDir);
 * ```
 */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (TEMP.test(name)) {
      await unlink(join(dir, name)).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
