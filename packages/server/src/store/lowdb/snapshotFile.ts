import type { Adapter } from 'lowdb';
import { readSnapshot } from './readSnapshot';
import type { SnapshotData } from './snapshotData';
import { writeSnapshot } from './writeSnapshot';

export type { SnapshotData, SnapshotMeta } from './snapshotData';

export interface SnapshotFileOptions {
  /** Runs after the data is written and before it is synced and renamed into place. */
  beforeCommit?: (data: SnapshotData) => Promise<void>;
}

/**
 * The lowdb adapter for the snapshot (checkpoint) file: `Low` reads and writes through it.
 * Writes are durable, atomic and streamed ({@link writeSnapshot}); reads stream and check
 * every line ({@link readSnapshot}).
 *
 * @example
 * ```ts
 * const db = new Low<SnapshotData | null>(new SnapshotFile(join(dir, 'snapshot.jsonl')), null);
 * await db.read();
 * ```
 */
export class SnapshotFile implements Adapter<SnapshotData | null> {
  readonly path: string;
  readonly #options: SnapshotFileOptions;

  constructor(path: string, options: SnapshotFileOptions = {}) {
    this.path = path;
    this.#options = options;
  }

  async write(data: SnapshotData | null): Promise<void> {
    if (data) await writeSnapshot(this.path, data, this.#options.beforeCommit);
  }

  read(): Promise<SnapshotData | null> {
    return readSnapshot(this.path);
  }
}
