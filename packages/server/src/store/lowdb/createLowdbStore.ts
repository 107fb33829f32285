import { mkdir } from 'node:fs/promises';
import { gridcaseError } from '@gridcase/engine';
import { DEFAULT_MAX_DEPTH } from '../storable';
import type { CaseStore } from '../types';
import { BlobFiles } from './blobFiles';
import { acquireDirLock, type DirLock } from './dirLock';
import { LowdbCore, type LowdbCoreOptions, type LowdbStats } from './lowdbCore';
import { lowdbMigrations } from './lowdbMigrations';
import { lowdbReads } from './lowdbReads';
import { lowdbWrites } from './lowdbWrites';

export interface LowdbStoreOptions {
  /** The data directory (created if missing). One server process owns it at a time. */
  dir: string;
  /** Deepest nesting a stored value may have (default 64). */
  maxDepth?: number;
  /** Write a snapshot once this many journal bytes piled up since the last (default 16 MiB). */
  checkpointBytes?: number;
  /** Start a new journal segment file at this size (default 64 MiB). */
  maxSegmentBytes?: number;
  /** Write a snapshot at `close()` when the journal grew (default true: faster next start). */
  checkpointOnClose?: boolean;
  /** Cut the journal at its first bad line even when good lines follow (operator's choice). */
  repair?: boolean;
  /** Where recoveries (torn tail dropped, snapshot rebuilt) are reported. Default console.warn. */
  onWarning?: (message: string) => void;
}

/** The lowdb store: a `CaseStore` plus operator controls. */
export interface LowdbStore extends CaseStore {
  readonly dir: string;
  /** Writes a snapshot now (startup then replays less journal). */
  checkpoint(): Promise<void>;
  /**
   * Hot backup: copies the data directory into the empty (or new) directory `target` without
   * stopping writes. The copy holds every write acknowledged before the call; open it with
   * `createLowdbStore({ dir: target })` to restore.
   */
  backup(target: string): Promise<void>;
  /** Counters: journal lines, cases, fsync rounds since open, journal bytes since the snapshot. */
  stats(): Promise<LowdbStats>;
}

const unavailable = (reason: string) => gridcaseError('store.unavailable', { reason });

/**
 * The embedded default store: one writer process per data directory (lock file), every
 * acknowledged write fsync'd to an append-only journal before its promise resolves (group
 * commit: concurrent writes share one fsync), a lowdb snapshot written in the background as
 * the journal grows, in-memory indexes for lists, attachment bytes as files. A write costs the
 * same with 10 or 100,000 cases stored. See docs/operator-guide.md for the files.
 *
 * @example
 * ```ts
 * const store = createLowdbStore({ dir: '/var/lib/gridcase' });
 * await store.open(); // throws store.locked if another process holds the directory
 * await store.commit(commit);
 * await store.close();
 * ```
 */
export function createLowdbStore(options: LowdbStoreOptions): LowdbStore {
  const dir = options.dir;
  const blobs = new BlobFiles(dir);
  let lock: DirLock | undefined;
  let current: LowdbCore | undefined;
  let pending: Promise<LowdbCore> | undefined;
  let closed = true;

  const coreOptions: LowdbCoreOptions = {
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    checkpointBytes: options.checkpointBytes ?? 16 * 1024 * 1024,
    maxSegmentBytes: options.maxSegmentBytes ?? 64 * 1024 * 1024,
    repair: options.repair ?? false,
    onWarning: options.onWarning ?? ((message) => console.warn(`[gridcase store] ${message}`)),
    onFailure: (error) => reload(error),
  };

  /** After a failed disk write: drop memory and load again from disk (the truth). */
  const reload = (error: unknown) => {
    const dead = current;
    current = undefined;
    coreOptions.onWarning(`journal write failed (${String(error)}); reloading from disk`);
    pending = (async () => {
      await dead?.close({ checkpoint: false }).catch(() => undefined);
      return LowdbCore.load(dir, coreOptions);
    })();
    pending.then(
      (core) => {
        current = core;
        pending = undefined;
      },
      (loadError) => coreOptions.onWarning(`reload failed: ${String(loadError)}; reopen the store`),
    );
  };

  const ready = async (): Promise<LowdbCore> => {
    if (closed) throw unavailable('the store is not open');
    if (current) return current;
    if (pending) return pending.catch((error) => Promise.reject(unavailable(String(error))));
    throw unavailable('the store failed');
  };

  return {
    dir,
    async open() {
      if (!closed) return;
      await mkdir(dir, { recursive: true });
      lock = await acquireDirLock(dir);
      try {
        await blobs.prepare();
        current = await LowdbCore.load(dir, coreOptions);
        closed = false;
      } catch (error) {
        await lock.release();
        lock = undefined;
        throw error;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      const core = current ?? (await pending?.catch(() => undefined));
      current = undefined;
      await core?.close({ checkpoint: options.checkpointOnClose ?? true });
      await lock?.release();
      lock = undefined;
    },
    async checkpoint() {
      await (await ready()).checkpoint();
    },
    async stats() {
      return (await ready()).stats();
    },
    async backup(target) {
      await (await ready()).backup(target);
    },
    ...lowdbReads(ready),
    ...lowdbWrites(ready),
    ...lowdbMigrations(ready),
    async putBlob(id, bytes) {
      await ready();
      await blobs.put(id, bytes);
    },
    async getBlob(id) {
      await ready();
      return blobs.get(id);
    },
  };
}
