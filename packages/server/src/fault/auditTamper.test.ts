/**
 * T-AUDIT: someone with access to the data directory edits one audit entry in the lowdb
 * journal after the server closed it, by hand or fixing the line's checksum too so the store
 * reads it. The audit check names exactly that entry as the first bad one, wherever it sits
 * (first, last, anywhere between): `hashMismatch`, or `unreadable` when the checksum no longer
 * fits. The `gridcase verify-audit` command that prints this
 * verdict is run on a tampered directory in cli/cli.test.ts.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit';
import { createLowdbStore } from '../store';
import { decodeJournalLine, encodeJournalLine, splitLines } from '../store/lowdb/journalLine';
import { listSegments, segmentPath } from '../store/lowdb/journalSegments';
import type { AuditEntry } from '../store/types';
import { count, figure, fullRun } from './figure';
import { prepareDataDir, useDataDirs } from './serverProcess';

const CASES = fullRun ? 1_000 : 200;
const TAMPERED = fullRun ? 100 : 20;

const openStore = async (dir: string) => {
  const store = createLowdbStore({ dir, onWarning: () => undefined });
  await store.open();
  return store;
};

/**
 * Moves entry `seq`'s timestamp by one millisecond in the journal line that holds it (the
 * line's chained `audit` list, which the store reads back), a same-length edit, and writes the
 * line back, with its checksum fixed (a careful forger) or left as it was (an edit by hand).
 */
async function tamperWith(dir: string, seq: number, fixChecksum: boolean): Promise<void> {
  for (const n of await listSegments(dir)) {
    const path = segmentPath(dir, n);
    const bytes = await readFile(path);
    for (const { off, line } of splitLines(bytes).lines) {
      const json = decodeJournalLine(line);
      if (!json?.includes(`"seq":${seq},`)) continue;
      const op = JSON.parse(json) as { audit?: AuditEntry[] };
      const entry = op.audit?.find((e) => e.seq === seq);
      if (!entry) continue;
      const ms = Number(entry.at.slice(20, 23));
      entry.at = `${entry.at.slice(0, 20)}${String((ms + 1) % 1000).padStart(3, '0')}Z`;
      const edited = JSON.stringify(op);
      const next = encodeJournalLine(edited);
      expect(next.length).toBe(line.length);
      if (!fixChecksum) line.copy(next, 6, 6, 14); // keep the old CRC-32 (`{"c":"` + 8 hex)
      next.copy(bytes, off);
      await writeFile(path, bytes);
      return;
    }
  }
  throw new Error(`audit entry ${seq} not found in the journal`);
}

describe('fault: audit tampering', () => {
  const dirs = useDataDirs();

  it('names exactly the tampered entry, wherever it is', { timeout: 300_000 }, async (ctx) => {
    const dir = await dirs.make();
    await prepareDataDir(dir, CASES);
    const intact = await openStore(dir);
    const clean = await verifyAuditChain(intact);
    await intact.close();
    expect(clean.ok).toBe(true);
    const total = clean.count;

    const picks = new Set([1, total]);
    while (picks.size < TAMPERED) picks.add(1 + Math.floor(Math.random() * total));
    let fixed = 0;
    let byHand = 0;
    for (const [i, seq] of [...picks].entries()) {
      const fixChecksum = i % 2 === 0;
      const copy = await dirs.make();
      await cp(dir, copy, { recursive: true });
      await tamperWith(copy, seq, fixChecksum);
      const store = await openStore(copy); // the snapshot covers the journal: it opens either way
      try {
        const verdict = await verifyAuditChain(store);
        expect(verdict, `tampered entry ${seq}`).toMatchObject({
          ok: false,
          seq,
          reason: fixChecksum ? 'hashMismatch' : 'unreadable',
          count: seq - 1,
        });
        if (fixChecksum) fixed += 1;
        else byHand += 1;
      } finally {
        await store.close();
      }
    }
    figure(
      ctx,
      'audit tamper',
      `${count(fixed + byHand)}/${count(picks.size)} single-entry edits located at exactly that entry in a ${count(total)}-entry chain (${count(fixed)} with the checksum fixed → hashMismatch, ${count(byHand)} without → unreadable)${fullRun ? '' : ` (full run: GRIDCASE_FAULT_FULL=1 → 100 edits, ${count(1_000)} cases)`}`,
    );
  });
});
