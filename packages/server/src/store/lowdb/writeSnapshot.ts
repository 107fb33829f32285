import { writeFileDurably } from './durableFs';
import { typedToBase64 } from './growableArray';
import { encodeSlot } from './slotCodec';
import { SNAPSHOT_FORMAT, type SnapshotData } from './snapshotData';
import { SnapshotLineWriter } from './snapshotLines';

const CHUNK = 65_536;

const chunked = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * Writes a snapshot durably and atomically (unique temp, fsync, rename, directory fsync),
 * streaming line by line (`<crc32> <kind> <payload>`) in 1 MiB chunks, so 100k cases neither
 * build one giant string nor freeze the event loop. `beforeCommit` runs after the last line and
 * before the sync and rename; throwing there abandons the snapshot.
 *
 * @example
 * ```ts
 * await writeSnapshot(join(dir, 'snapshot.jsonl'), data);
 * ```
 */
export async function writeSnapshot(
  path: string,
  data: SnapshotData,
  beforeCommit?: (data: SnapshotData) => Promise<void>,
): Promise<void> {
  await writeFileDurably(path, async (handle) => {
    const out = new SnapshotLineWriter(handle);
    const put = async (kind: string, payload: string) => {
      out.line(kind, payload);
      if (out.full) await out.flush();
    };
    const t = data.tables;
    await put('head', JSON.stringify({ format: SNAPSHOT_FORMAT, version: 1, ...data.meta }));
    for (const json of t.counties.values()) await put('county', json);
    for (const row of t.users.values()) await put('user', row.json);
    for (const json of t.drafts.values()) await put('draft', json);
    for (const versions of t.published.values())
      for (const json of versions) await put('published', json);
    for (const slot of t.cases.values()) await put('case', encodeSlot(slot));
    for (const [k, slot] of t.history)
      await put('history', JSON.stringify({ k, r: slot.refs, s: slot.lastSeq }));
    for (const [kind, map] of [
      ['comments', t.comments],
      ['attachments', t.attachments],
    ] as const) {
      for (const [k, list] of map)
        await put(kind, `{"k":${JSON.stringify(k)},"v":[${list.join(',')}]}`);
    }
    for (const row of t.deadlines.values()) await put('deadline', JSON.stringify(row));
    for (const row of t.outbox.values()) await put('outbox', JSON.stringify(row));
    for (const row of t.webhooks.values()) await put('webhook', row.json);
    for (const row of t.migrations.values()) await put('migration', row.json);
    for (const part of chunked([...t.idempotency], 1000)) {
      await put('idempotency', JSON.stringify(part.map(([k, r]) => [k, r.lsn, r.at])));
    }
    for (let from = 0; from < data.auditRefs.length; from += CHUNK) {
      await put('audit', typedToBase64(data.auditRefs.subarray(from, from + CHUNK)));
    }
    for (let from = 0; from < data.lines.seg.length; from += CHUNK) {
      const to = from + CHUNK;
      const l = data.lines;
      await put(
        'lines',
        [l.seg.subarray(from, to), l.off.subarray(from, to), l.len.subarray(from, to)]
          .map(typedToBase64)
          .join(' '),
      );
    }
    await put('end', String(out.count));
    await out.flush();
    await beforeCommit?.(data);
  });
}
