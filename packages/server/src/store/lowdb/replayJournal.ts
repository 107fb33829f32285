import { open, readFile } from 'node:fs/promises';
import { gridcaseError } from '@gridcase/engine';
import { applyOp } from './applyOp';
import { decodeJournalLine, splitLines } from './journalLine';
import { listSegments, segmentPath } from './journalSegments';
import type { JournalPosition } from './journalWriter';
import type { LowdbOp } from './lowdbOps';
import type { LowdbState } from './lowdbState';

export interface ReplayOptions {
  /** Cut the journal at the first bad line even when good lines follow (data after it is lost). */
  repair?: boolean;
  onWarning?: (message: string) => void;
}

const corrupt = (file: string, offset: number, reason: string) =>
  gridcaseError('store.corrupt', { file, offset, reason });

const cut = async (path: string, off: number) => {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(off);
    await handle.sync();
  } finally {
    await handle.close();
  }
};

/**
 * Replays the journal from `start` onto `state` and returns where the next line goes. Every
 * line is checked (checksum, then lsn = previous + 1). A bad line with nothing good after it
 * in the last segment is a torn write that was never acknowledged: it is cut off. A bad line
 * with good lines after it is corruption: `store.corrupt` naming file and offset, unless
 * `repair` is set.
 *
 * @example
 * ```ts
 * const end = await replayJournal(dir, state, { seg: 1, off: 0 });
 * ```
 */
export async function replayJournal(
  dir: string,
  state: LowdbState,
  start: JournalPosition,
  options: ReplayOptions = {},
): Promise<JournalPosition> {
  const segments = (await listSegments(dir)).filter((seg) => seg >= start.seg);
  if (start.off > 0 && segments[0] !== start.seg) {
    throw corrupt(
      segmentPath(dir, start.seg),
      start.off,
      'the journal segment the snapshot points into is missing',
    );
  }
  let end: JournalPosition = { ...start };
  for (const [i, seg] of segments.entries()) {
    const path = segmentPath(dir, seg);
    if (i > 0 && seg !== segments[i - 1]! + 1)
      throw corrupt(path, 0, `segment ${seg - 1} is missing`);
    const bytes = await readFile(path);
    const from = seg === start.seg ? start.off : 0;
    if (bytes.length < from)
      throw corrupt(path, bytes.length, 'the journal is shorter than the snapshot says');
    const { lines, tail } = splitLines(bytes.subarray(from));
    const isLast = i === segments.length - 1;
    let badAt: number | undefined;
    for (const [j, { off, line }] of lines.entries()) {
      const opJson = decodeJournalLine(line);
      const op = opJson === undefined ? undefined : (JSON.parse(opJson) as LowdbOp);
      if (!op || op.n !== state.lines.lsn + 1) {
        const goodAfter = lines.slice(j + 1).some((l) => decodeJournalLine(l.line) !== undefined);
        if ((!isLast || goodAfter) && !options.repair) {
          throw corrupt(
            path,
            from + off,
            op ? `lsn ${op.n} where ${state.lines.lsn + 1} belongs` : 'bad checksum',
          );
        }
        badAt = from + off;
        break;
      }
      state.lines.push(seg, from + off, line.length);
      applyOp(state, op);
    }
    if (badAt === undefined && tail !== undefined) {
      if (!isLast && !options.repair)
        throw corrupt(path, from + tail, 'a torn line inside the journal');
      badAt = from + tail;
    }
    if (badAt !== undefined) {
      await cut(path, badAt);
      options.onWarning?.(
        `journal ${path}: dropped ${bytes.length - badAt} bytes from offset ${badAt} (a torn, never acknowledged write)`,
      );
      end = { seg, off: badAt };
      if (!isLast) {
        for (const later of segments.slice(i + 1)) await cut(segmentPath(dir, later), 0);
        options.onWarning?.(`journal: emptied segments after ${seg} (repair)`);
      }
      return end;
    }
    end = { seg, off: bytes.length };
  }
  return end;
}
