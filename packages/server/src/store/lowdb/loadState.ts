import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gridcaseError } from '@gridcase/engine';
import { Low } from 'lowdb';
import { removeStaleTemps } from './durableFs';
import { GrowableArray } from './growableArray';
import { JOURNAL_DIR } from './journalSegments';
import type { JournalPosition } from './journalWriter';
import { LineIndex } from './lineIndex';
import { createLowdbState, emptyTables, type LowdbState } from './lowdbState';
import { type ReplayOptions, replayJournal } from './replayJournal';
import { type SnapshotData, SnapshotFile } from './snapshotFile';

/** The snapshot (checkpoint) file inside the data directory. */
export const SNAPSHOT_FILE = 'snapshot.jsonl';

/**
 * Builds the in-memory state of a data directory: removes crash leftovers, reads the snapshot
 * through lowdb (an unreadable one is reported and ignored: the journal is complete), then
 * replays the journal after it. Returns the state, where the next journal line goes, and how
 * many journal bytes the snapshot does not cover yet.
 *
 * @example
 * ```ts
 * const { state, end } = await loadState(dir, { onWarning: console.warn });
 * ```
 */
export async function loadState(
  dir: string,
  options: ReplayOptions & { onWarning: (message: string) => void },
): Promise<{ state: LowdbState; end: JournalPosition; replayedBytes: number }> {
  await mkdir(join(dir, JOURNAL_DIR), { recursive: true });
  await removeStaleTemps(dir);
  const db = new Low<SnapshotData | null>(new SnapshotFile(join(dir, SNAPSHOT_FILE)), null);
  try {
    await db.read();
  } catch (error) {
    options.onWarning(`snapshot unreadable (${String(error)}); replaying the whole journal`);
    db.data = null;
  }
  const snap = db.data;
  const state = snap
    ? createLowdbState(snap.tables, {
        auditRefs: new GrowableArray(Float64Array, snap.auditRefs),
        auditHead: snap.meta.audit,
        lines: new LineIndex(snap.lines),
      })
    : createLowdbState(emptyTables());
  if (snap && state.lines.lsn !== snap.meta.lsn) {
    throw gridcaseError('store.corrupt', {
      file: SNAPSHOT_FILE,
      reason: 'line index and lsn differ',
    });
  }
  const start = snap ? { seg: snap.meta.seg, off: snap.meta.off } : { seg: 1, off: 0 };
  const end = await replayJournal(dir, state, start, options);
  let replayedBytes = 0;
  for (let lsn = (snap?.meta.lsn ?? 0) + 1; lsn <= state.lines.lsn; lsn += 1) {
    replayedBytes += state.lines.at(lsn).len;
  }
  return { state, end, replayedBytes };
}
