import { appendFile, mkdir, readFile, rmdir, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit';
import { rejectionCode } from '../contract/contractContext';
import { audit, createCommit, deepValue, makeCase } from '../contract/fixtures';
import { useTempStoreDir } from './fixtures/tempStoreDir';
import { decodeJournalLine, encodeJournalLine, splitLines } from './journalLine';
import { segmentPath } from './journalSegments';

const ids = async (store: {
  listCases: (q: {
    countyId: string;
    sort: 'createdAt';
    order: 'asc';
  }) => Promise<{ items: Array<{ id: string }> }>;
}) =>
  (await store.listCases({ countyId: 'c1', sort: 'createdAt', order: 'asc' })).items.map(
    (c) => c.id,
  );

const caseN = (n: number) => makeCase(`k${n}`, { createdAt: `2026-11-22T00:0${n}:00.000Z` });

describe('lowdb store: the journal on disk', () => {
  const t = useTempStoreDir();

  const threeCases = async () => {
    const dir = await t.dir();
    const store = await t.open({ dir, checkpointOnClose: false });
    for (const n of [1, 2, 3]) await store.commit(createCommit(caseN(n)));
    await store.close();
    return { dir, journal: segmentPath(dir, 1), size: (await stat(segmentPath(dir, 1))).size };
  };

  it('drops a torn last line (never acknowledged) and works on', async () => {
    const { dir, journal, size } = await threeCases();
    const line = encodeJournalLine(JSON.stringify({ n: 4, t: 'audit', audit: [] }));
    await appendFile(journal, line.subarray(0, 30));
    const store = await t.open({ dir, checkpointOnClose: false });
    expect(await ids(store)).toEqual(['k1', 'k2', 'k3']);
    expect((await stat(journal)).size).toBe(size);
    expect(t.warnings.join()).toMatch(/dropped 30 bytes/);
    await store.commit(createCommit(caseN(4)));
    await store.close();
    expect(await ids(await t.open({ dir }))).toEqual(['k1', 'k2', 'k3', 'k4']);
  });

  it('drops a whole last line whose checksum fails', async () => {
    const { dir, journal, size } = await threeCases();
    const line = encodeJournalLine(JSON.stringify({ n: 4, t: 'audit', audit: [] }));
    line.writeUInt8(line.readUInt8(line.length - 5) ^ 1, line.length - 5);
    await appendFile(journal, line);
    expect(await ids(await t.open({ dir }))).toEqual(['k1', 'k2', 'k3']);
    expect(t.warnings.join()).toMatch(new RegExp(`from offset ${size}`));
  });

  it('refuses a bad line with good lines after it, naming file and offset; repair cuts there', async () => {
    const { dir, journal } = await threeCases();
    const bytes = await readFile(journal);
    const second = splitLines(bytes).lines[1]!;
    bytes.writeUInt8(bytes.readUInt8(second.off + 40) ^ 1, second.off + 40);
    await writeFile(journal, bytes);
    const store = t.open({ dir });
    await expect(store).rejects.toMatchObject({
      code: 'store.corrupt',
      details: { file: journal, offset: second.off },
    });
    const repaired = await t.open({ dir, repair: true });
    expect(await ids(repaired)).toEqual(['k1']);
  });

  it('lets concurrent commits share fsyncs (group commit), each durable when it resolves', async () => {
    const dir = await t.dir();
    const store = await t.open({ dir, checkpointOnClose: false });
    const before = (await store.stats()).syncs;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.commit(createCommit(makeCase(`g${i}`)))),
    );
    const { syncs, lsn, cases } = await store.stats();
    expect({ lsn, cases }).toEqual({ lsn: 50, cases: 50 });
    expect(syncs - before).toBeGreaterThan(0);
    expect(syncs - before).toBeLessThan(50);
    const lines = splitLines(await readFile(segmentPath(dir, 1))).lines;
    expect(lines.map((l) => decodeJournalLine(l.line) !== undefined)).toEqual(Array(50).fill(true));
  });

  it('keeps a poison value out of the journal; later writes are fine', async () => {
    const dir = await t.dir();
    const store = await t.open({ dir, checkpointOnClose: false });
    await store.commit(createCommit(caseN(1)));
    const size = (await stat(segmentPath(dir, 1))).size;
    const poison = makeCase('poison', { data: { deep: deepValue(10_000) } });
    expect(await rejectionCode(store.commit(createCommit(poison)))).toBe('store.valueRejected');
    expect(
      await rejectionCode(store.appendAudit([{ ...audit('x'), detail: { d: deepValue(100) } }])),
    ).toBe('store.valueRejected');
    expect((await stat(segmentPath(dir, 1))).size).toBe(size);
    await store.commit(createCommit(caseN(2)));
    await store.close();
    const again = await t.open({ dir });
    expect(await ids(again)).toEqual(['k1', 'k2']);
    expect(await verifyAuditChain(again)).toMatchObject({ ok: true, count: 2 });
  });

  it('answers store.writeFailed when the disk refuses, rolls memory back, and recovers', async () => {
    const dir = await t.dir();
    const store = await t.open({ dir, maxSegmentBytes: 100, checkpointOnClose: false });
    await store.commit(createCommit(caseN(1)));
    await mkdir(segmentPath(dir, 2)); // the next line rotates into segment 2, which cannot be a file now
    const failing = [store.commit(createCommit(caseN(2))), store.appendAudit([audit('x')])];
    expect(await Promise.all(failing.map(rejectionCode))).toEqual([
      'store.writeFailed',
      'store.writeFailed',
    ]);
    expect(await store.getCase('c1', 'k2')).toBeUndefined();
    expect((await store.auditHead()).seq).toBe(1);
    await rmdir(segmentPath(dir, 2));
    await store.commit(createCommit(caseN(3)));
    expect(await ids(store)).toEqual(['k1', 'k3']);
    await store.close();
    const again = await t.open({ dir });
    expect(await ids(again)).toEqual(['k1', 'k3']);
    expect(await verifyAuditChain(again)).toMatchObject({ ok: true, count: 2 });
    expect(t.warnings.join()).toMatch(/reloading from disk/);
  });

  it('names an audit entry tampered with in the journal file (checksum fixed up)', async () => {
    const dir = await t.dir();
    const store = await t.open({ dir });
    for (const n of [1, 2, 3, 4]) {
      await store.commit(
        createCommit(caseN(n), {
          audit: [audit('case.create', { caseId: `k${n}`, actor: { userId: `u${n}` } })],
        }),
      );
    }
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, count: 4 });
    await store.close(); // writes a snapshot too: the audit entries stay in the journal only
    const journal = segmentPath(dir, 1);
    const bytes = await readFile(journal);
    const { lines } = splitLines(bytes);
    const third = lines[2]!;
    const op = decodeJournalLine(third.line)!;
    expect(op).toContain('"userId":"u3"');
    const forged = encodeJournalLine(op.replaceAll('"userId":"u3"', '"userId":"u9"'));
    expect(forged.length).toBe(third.line.length);
    forged.copy(bytes, third.off);
    await writeFile(journal, bytes);
    const reopened = await t.open({ dir });
    expect(await verifyAuditChain(reopened)).toMatchObject({
      ok: false,
      seq: 3,
      reason: 'hashMismatch',
    });
  });
});
