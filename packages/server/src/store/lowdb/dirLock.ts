import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { gridcaseError } from '@gridcase/engine';
import { fsyncDir } from './durableFs';

/** The lock file's name inside the data directory. */
export const LOCK_FILE = 'gridcase.lock';

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  nonce: string;
}

/** A held data-directory lock. */
export interface DirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readLock = async (path: string): Promise<LockInfo | undefined> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockInfo;
  } catch {
    return undefined; // unreadable: a crash between create and write; treated as stale
  }
};

const locked = (path: string, holder: LockInfo | undefined) =>
  gridcaseError('store.locked', {
    path,
    pid: holder?.pid ?? null,
    host: holder?.host ?? null,
    since: holder?.startedAt ?? null,
  });

/**
 * Takes the one-writer lock of a data directory: `open(lock, 'wx')` with our pid. A lock whose
 * process is gone (same host, pid not running) is stale and taken over; any other holder gives
 * `store.locked` naming the pid, host and start time. The same process opening twice is
 * refused too.
 *
 * @example
 * ```ts
 * const lock = await acquireDirLock('/var/lib/gridcase');
 * // ... serve ...
 * await lock.release();
 * ```
 */
export async function acquireDirLock(dir: string): Promise<DirLock> {
  const path = join(dir, LOCK_FILE);
  const me: LockInfo = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    nonce: randomBytes(8).toString('hex'),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsyncDir(dir);
      return {
        path,
        async release() {
          if ((await readLock(path))?.nonce === me.nonce) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readLock(path);
    if (holder && (holder.host !== me.host || isAlive(holder.pid))) throw locked(path, holder);
    // Stale: move it aside under a private name, then make sure we moved the stale one and
    // not a lock another process took meanwhile; put that one back if so.
    const aside = `${path}.stale-${me.nonce}`;
    try {
      await rename(path, aside);
    } catch {
      continue;
    }
    const moved = await readLock(aside);
    if (moved?.nonce !== holder?.nonce) {
      await link(aside, path).catch(() => undefined);
      await unlink(aside).catch(() => undefined);
      throw locked(path, moved);
    }
    await unlink(aside).catch(() => undefined);
  }
  throw locked(path, await readLock(path));
}
