import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from './durableFs';
import { JOURNAL_DIR, segmentPath } from './journalSegments';

/** Where a line sits: segment number and byte offset. */
export interface JournalPosition {
  seg: number;
  off: number;
}

interface Pending {
  seg: number;
  off: number;
  bytes: Buffer;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface JournalWriterOptions {
  /** Start a new segment once one holds this many bytes (default 64 MiB). */
  maxSegmentBytes?: number;
  /** Called once, after the first failed write (the writer is dead then). */
  onFailure?: (error: unknown) => void;
}

/**
 * Appends journal lines with group commit: lines appended while a write + fdatasync is in
 * flight go out together in the next one, so concurrent commits share one fsync. A line's
 * promise resolves only when its bytes are on disk. If a write or sync fails, the batch's
 * bytes are cut off again (ftruncate + fsync), every unwritten line is rejected, and the
 * writer stops: the store then reloads from disk, so memory never runs ahead of the file.
 *
 * @example
 * ```ts
 * const writer = new JournalWriter(dir, { seg: 1, off: 0 });
 * const { position, durable } = writer.append(encodeJournalLine(opJson));
 * await durable; // on disk
 * ```
 */
export class JournalWriter {
  readonly #dir: string;
  readonly #maxSegmentBytes: number;
  readonly #onFailure: ((error: unknown) => void) | undefined;
  #next: JournalPosition;
  #queue: Pending[] = [];
  #flushing = false;
  #scheduled = false;
  #dead: unknown = undefined;
  #handles = new Map<number, FileHandle>();
  #last: Promise<void> = Promise.resolve();
  #syncs = 0;

  constructor(dir: string, end: JournalPosition, options: JournalWriterOptions = {}) {
    this.#dir = dir;
    this.#next = { ...end };
    this.#maxSegmentBytes = options.maxSegmentBytes ?? 64 * 1024 * 1024;
    this.#onFailure = options.onFailure;
  }

  /** How many write + fdatasync rounds ran (each serves every line queued before it). */
  get syncs(): number {
    return this.#syncs;
  }

  /** Where the next line will go. */
  get end(): JournalPosition {
    return { ...this.#next };
  }

  /** Queues one encoded line; `durable` resolves when it is on disk. Throws once dead. */
  append(bytes: Buffer): { position: JournalPosition; durable: Promise<void> } {
    if (this.#dead !== undefined) throw this.#dead;
    if (this.#next.off > 0 && this.#next.off + bytes.length > this.#maxSegmentBytes) {
      this.#next = { seg: this.#next.seg + 1, off: 0 };
    }
    const position = { ...this.#next };
    this.#next.off += bytes.length;
    const durable = new Promise<void>((resolve, reject) => {
      this.#queue.push({ ...position, bytes, resolve, reject });
    });
    this.#last = durable.catch(() => undefined);
    this.#schedule();
    return { position, durable };
  }

  /** Resolves when every line appended so far is on disk (or failed). */
  barrier(): Promise<void> {
    return this.#last;
  }

  /** Waits for queued lines, then closes the segment files. */
  async close(): Promise<void> {
    await this.barrier();
    this.#dead ??= new Error('journal writer closed');
    for (const handle of this.#handles.values()) await handle.close().catch(() => undefined);
    this.#handles.clear();
  }

  #schedule(): void {
    if (this.#flushing || this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      void this.#flush();
    });
  }

  async #handle(seg: number): Promise<FileHandle> {
    let handle = this.#handles.get(seg);
    if (!handle) {
      // Never 'a': Linux ignores the position of writes to a file opened for appending.
      const path = segmentPath(this.#dir, seg);
      handle = await open(path, 'r+').catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        const created = await open(path, 'wx+');
        await fsyncDir(join(this.#dir, JOURNAL_DIR));
        return created;
      });
      this.#handles.set(seg, handle);
    }
    return handle;
  }

  async #flush(): Promise<void> {
    if (this.#flushing || this.#queue.length === 0) return;
    this.#flushing = true;
    const batch = this.#queue;
    this.#queue = [];
    const starts = new Map<number, number>();
    try {
      for (const seg of new Set(batch.map((p) => p.seg))) {
        const lines = batch.filter((p) => p.seg === seg);
        const first = lines[0]!;
        starts.set(seg, first.off);
        const handle = await this.#handle(seg);
        const bytes = Buffer.concat(lines.map((p) => p.bytes));
        let written = 0;
        while (written < bytes.length) {
          const { bytesWritten } = await handle.write(
            bytes,
            written,
            bytes.length - written,
            first.off + written,
          );
          written += bytesWritten;
        }
        await handle.datasync();
        this.#syncs += 1;
      }
      for (const p of batch) p.resolve();
    } catch (error) {
      await this.#fail(error, batch, starts);
    } finally {
      this.#flushing = false;
    }
    if (this.#queue.length > 0 && this.#dead === undefined) void this.#flush();
  }

  async #fail(error: unknown, batch: Pending[], starts: Map<number, number>): Promise<void> {
    this.#dead = error;
    const rejected = [...batch, ...this.#queue];
    this.#queue = [];
    for (const [seg, off] of starts) {
      const handle = this.#handles.get(seg);
      await handle
        ?.truncate(off)
        .then(() => handle.sync())
        .catch(() => undefined);
    }
    for (const p of rejected) p.reject(error);
    this.#onFailure?.(error);
  }
}
