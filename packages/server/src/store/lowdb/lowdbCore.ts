import { type FileHandle, open } from 'node:fs/promises';
import { join } from 'node:path';
import { gridcaseError } from '@gridcase/engine';
import { Low } from 'lowdb';
import { toStorableJson } from '../storable';
import { applyOp } from './applyOp';
import { captureSnapshot } from './captureSnapshot';
import { copyDataDir } from './copyDataDir';
import { decodeJournalLine, encodeJournalLine } from './journalLine';
import { segmentPath } from './journalSegments';
import { JournalWriter } from './journalWriter';
import { loadState, SNAPSHOT_FILE } from './loadState';
import type { LowdbOp, LowdbOpDraft } from './lowdbOps';
import type { LowdbState } from './lowdbState';
import { type SnapshotData, SnapshotFile } from './snapshotFile';

export { SNAPSHOT_FILE } from './loadState';

/** What `LowdbStore.stats()` reports. */
export interface LowdbStats {
  /** Journal lines so far (one per write). */
  lsn: number;
  cases: number;
  /** fdatasync rounds since open: fewer than writes when writes share them (group commit). */
  syncs: number;
  /** Journal bytes not yet covered by a snapshot. */
  sinceCheckpoint: number;
}

export interface LowdbCoreOptions {
  maxDepth: number;
  checkpointBytes: number;
  maxSegmentBytes: number;
  repair: boolean;
  onWarning: (message: string) => void;
  /** Called once when the journal writer fails (the core is dead then). */
  onFailure: (error: unknown) => void;
}

/** Characters of recent journal lines kept in memory (8 Mi UTF-16 units: at most 16 MiB). */
const RECENT_BYTES = 8 * 1024 * 1024;
/** Lines longer than this are read from disk each time (a big case must not evict the rest). */
const RECENT_LINE_MAX = 256 * 1024;

/**
 * The engine of the lowdb store: in-memory state, the journal it came from and goes to, and
 * checkpoints. One write = one op: serialized (refused whole if poisoned), appended, applied
 * from its own JSON, and acknowledged when the group fsync lands.
 *
 * @example
 * ```ts
 * const core = await LowdbCore.load(dir, options);
 * const { op, durable } = core.log({ t: 'county', v: county });
 * await durable;
 * ```
 */
export class LowdbCore {
  readonly state: LowdbState;
  readonly #dir: string;
  readonly #options: LowdbCoreOptions;
  readonly #writer: JournalWriter;
  readonly #unflushed = new Map<number, string>();
  readonly #readers = new Map<number, Promise<FileHandle>>();
  /** Recently written or read lines (journal lines never change), the oldest forgotten first. */
  readonly #recent = new Map<number, string>();
  #recentBytes = 0;
  #sinceCheckpoint = 0;
  #checkpointing: Promise<void> | undefined;
  #failed = false;

  private constructor(
    dir: string,
    state: LowdbState,
    writer: JournalWriter,
    options: LowdbCoreOptions,
  ) {
    this.#dir = dir;
    this.state = state;
    this.#writer = writer;
    this.#options = options;
  }

  /** Loads the snapshot (if readable) and replays the journal after it. */
  static async load(dir: string, options: LowdbCoreOptions): Promise<LowdbCore> {
    const { state, end, replayedBytes } = await loadState(dir, options);
    let core: LowdbCore | undefined;
    const writer = new JournalWriter(dir, end, {
      maxSegmentBytes: options.maxSegmentBytes,
      onFailure: (error) => {
        if (core) core.#fail(error);
      },
    });
    core = new LowdbCore(dir, state, writer, options);
    core.#sinceCheckpoint = replayedBytes;
    core.#maybeCheckpoint();
    return core;
  }

  /**
   * Logs one write: throws `store.valueRejected` (nothing changed) for a poisoned value,
   * otherwise applies it to memory now and returns the op (a private parsed copy) and the
   * promise of its fsync.
   */
  log(draft: LowdbOpDraft): { op: LowdbOp; durable: Promise<void> } {
    if (this.#failed) throw gridcaseError('store.unavailable', { reason: 'the journal failed' });
    const lsn = this.state.lines.lsn + 1;
    const opJson = toStorableJson({ n: lsn, ...draft }, this.#options.maxDepth + 1);
    const bytes = encodeJournalLine(opJson);
    const appended = this.#writer.append(bytes);
    const { position } = appended;
    const durable = appended.durable.catch((error: NodeJS.ErrnoException) => {
      throw gridcaseError('store.writeFailed', { reason: error?.code ?? String(error) });
    });
    this.state.lines.push(position.seg, position.off, bytes.length);
    this.#unflushed.set(lsn, opJson);
    const op = JSON.parse(opJson) as LowdbOp;
    try {
      applyOp(this.state, op);
    } catch (error) {
      this.#fail(error);
      throw error;
    }
    this.#sinceCheckpoint += bytes.length;
    void durable.then(
      () => {
        this.#unflushed.delete(lsn);
        this.#remember(lsn, opJson);
        this.#maybeCheckpoint();
      },
      () => undefined,
    );
    // applyOp keeps only strings and frozen rows of the op, so its audit entries and a
    // published definition may be handed to the caller.
    return { op, durable };
  }

  /** Waits until line `lsn` is on disk; throws `store.writeFailed` if its write failed. */
  async settle(lsn: number): Promise<void> {
    if (!this.#unflushed.has(lsn)) return;
    await this.#writer.barrier();
    if (this.#unflushed.has(lsn))
      throw gridcaseError('store.writeFailed', { reason: 'the journal failed' });
  }

  /** Reads the op of line `lsn` (from memory while its write is in flight). */
  async readOp(lsn: number): Promise<LowdbOp> {
    const pending = this.#unflushed.get(lsn);
    if (pending !== undefined) return JSON.parse(pending) as LowdbOp;
    const recent = this.#recent.get(lsn);
    if (recent !== undefined) return JSON.parse(recent) as LowdbOp;
    const { seg, off, len } = this.state.lines.at(lsn);
    let reader = this.#readers.get(seg);
    if (!reader) {
      reader = open(segmentPath(this.#dir, seg), 'r');
      this.#readers.set(seg, reader);
    }
    const buffer = Buffer.alloc(len);
    const { bytesRead } = await (await reader).read(buffer, 0, len, off);
    const opJson = bytesRead === len ? decodeJournalLine(buffer) : undefined;
    if (opJson === undefined) {
      throw gridcaseError('store.corrupt', {
        file: segmentPath(this.#dir, seg),
        offset: off,
        reason: 'bad checksum',
      });
    }
    this.#remember(lsn, opJson);
    return JSON.parse(opJson) as LowdbOp;
  }

  /** Keeps line `lsn` in memory for the next read of the same case (bounded in bytes). */
  #remember(lsn: number, opJson: string): void {
    if (opJson.length > RECENT_LINE_MAX) return;
    const known = this.#recent.get(lsn);
    if (known !== undefined) {
      this.#recent.delete(lsn);
      this.#recentBytes -= known.length;
    }
    this.#recent.set(lsn, opJson);
    this.#recentBytes += opJson.length;
    while (this.#recentBytes > RECENT_BYTES) {
      const [oldest, json] = this.#recent.entries().next().value as [number, string];
      this.#recent.delete(oldest);
      this.#recentBytes -= json.length;
    }
  }

  /** Writes a snapshot of the current state in the background of further writes. */
  checkpoint(): Promise<void> {
    if (this.#checkpointing) return this.#checkpointing;
    const data = captureSnapshot(this.state, this.#writer.end);
    const covered = this.#sinceCheckpoint;
    const barrier = this.#writer.barrier();
    const file = new SnapshotFile(join(this.#dir, SNAPSHOT_FILE), {
      beforeCommit: async () => {
        await barrier; // never publish a snapshot holding a write that is not on disk
        if (this.#failed) throw new Error('the journal failed; checkpoint abandoned');
      },
    });
    const db = new Low<SnapshotData | null>(file, data);
    this.#checkpointing = db
      .write()
      .then(() => {
        this.#sinceCheckpoint -= covered;
      })
      .finally(() => {
        this.#checkpointing = undefined;
      });
    return this.#checkpointing;
  }

  /**
   * Copies the data directory to an empty `target` while writes go on: a fresh snapshot, the
   * journal up to everything acknowledged so far, and the blobs.
   */
  async backup(target: string): Promise<void> {
    await this.checkpoint();
    await copyDataDir(this.#dir, target, SNAPSHOT_FILE, async () => {
      const end = this.#writer.end;
      await this.#writer.barrier(); // covers every line up to `end`
      if (this.#failed) throw gridcaseError('store.writeFailed', { reason: 'the journal failed' });
      return end;
    });
  }

  /** The deepest nesting a stored value may have. */
  get maxDepth(): number {
    return this.#options.maxDepth;
  }

  /** Counters for operators and tests. */
  stats(): LowdbStats {
    return {
      lsn: this.state.lines.lsn,
      cases: this.state.cases.size,
      syncs: this.#writer.syncs,
      sinceCheckpoint: this.#sinceCheckpoint,
    };
  }

  /** Bytes journaled since the last snapshot. */
  get sinceCheckpoint(): number {
    return this.#sinceCheckpoint;
  }

  /** Waits for in-flight writes and checkpoints, then closes files. */
  async close(options: { checkpoint: boolean }): Promise<void> {
    await this.#writer.barrier();
    await this.#checkpointing?.catch(() => undefined);
    if (options.checkpoint && !this.#failed && this.#sinceCheckpoint > 0) {
      await this.checkpoint().catch((error) =>
        this.#options.onWarning(`checkpoint at close failed: ${String(error)}`),
      );
    }
    await this.#writer.close();
    for (const reader of this.#readers.values())
      await (await reader.catch(() => undefined))?.close();
    this.#readers.clear();
  }

  #maybeCheckpoint(): void {
    if (
      this.#checkpointing ||
      this.#failed ||
      this.#sinceCheckpoint < this.#options.checkpointBytes
    )
      return;
    this.checkpoint().catch((error) =>
      this.#options.onWarning(`checkpoint failed: ${String(error)}`),
    );
  }

  #fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#options.onFailure(error);
  }
}
