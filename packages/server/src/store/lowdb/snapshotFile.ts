import { access } from 'node:fs/promises';
import { gridcaseError } from '@gridcase/engine';
import type { Adapter } from 'lowdb';
import type { AuditHead } from '../../audit';
import { countyKey, deadlineKey } from '../keys';
import type { DeadlineRow, OutboxRow } from '../types';
import { writeFileDurably } from './durableFs';
import { base64ToTyped, typedToBase64 } from './growableArray';
import type { LineArrays } from './lineIndex';
import { emptyTables, type LowdbTables } from './lowdbState';
import { decodeSlot, encodeSlot } from './slotCodec';
import { parseSnapshotLine, readLines, SnapshotLineWriter } from './snapshotLines';

const FORMAT = 'gridcase-lowdb-snapshot';
const CHUNK = 65_536;

/** Where the snapshot stands in the journal: it holds lines 1..lsn; replay starts at seg/off. */
export interface SnapshotMeta {
  lsn: number;
  seg: number;
  off: number;
  audit: AuditHead;
  createdAt: string;
}

/** A checkpoint: copies of the tables' maps (values are immutable) and the ref arrays. */
export interface SnapshotData {
  meta: SnapshotMeta;
  tables: LowdbTables;
  auditRefs: Float64Array;
  lines: LineArrays;
}

export interface SnapshotFileOptions {
  /** Runs after the data is written and before it is synced and renamed into place. */
  beforeCommit?: (data: SnapshotData) => Promise<void>;
}

const bad = (path: string, line: number, reason: string) =>
  gridcaseError('store.corrupt', { file: path, line, reason });

/** A copy of a line's text that does not keep the whole 1 MiB read chunk alive. */
const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

const chunked = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/**
 * The lowdb adapter for the snapshot (checkpoint) file. Writes are durable and atomic (unique
 * temp, fsync, rename, directory fsync) and stream line by line (`<crc32> <kind> <payload>`),
 * so 100k cases neither build one giant string nor freeze the event loop; reads stream too
 * and check every line's checksum and the closing `end` line.
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
    if (!data) return;
    await writeFileDurably(this.path, async (handle) => {
      const out = new SnapshotLineWriter(handle);
      const put = async (kind: string, payload: string) => {
        out.line(kind, payload);
        if (out.full) await out.flush();
      };
      const t = data.tables;
      await put('head', JSON.stringify({ format: FORMAT, version: 1, ...data.meta }));
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
      await this.#options.beforeCommit?.(data);
    });
  }

  async read(): Promise<SnapshotData | null> {
    try {
      await access(this.path);
    } catch {
      return null;
    }
    const t = emptyTables();
    let meta: SnapshotMeta | undefined;
    const audit: Float64Array[] = [];
    const lines: LineArrays[] = [];
    let count = 0;
    let ended = false;
    for await (const raw of readLines(this.path)) {
      count += 1;
      const parsed = parseSnapshotLine(raw);
      if (!parsed || ended)
        throw bad(this.path, count, ended ? 'data after the end line' : 'checksum mismatch');
      const { kind, payload } = parsed;
      if (!meta && kind !== 'head') throw bad(this.path, count, 'no head line');
      switch (kind) {
        case 'head': {
          const head = JSON.parse(payload) as SnapshotMeta & { format: string; version: number };
          if (head.format !== FORMAT || head.version !== 1)
            throw bad(this.path, count, 'unknown format');
          meta = {
            lsn: head.lsn,
            seg: head.seg,
            off: head.off,
            audit: head.audit,
            createdAt: head.createdAt,
          };
          break;
        }
        case 'county':
          t.counties.set((JSON.parse(payload) as { id: string }).id, own(payload));
          break;
        case 'user': {
          const u = JSON.parse(payload) as { id: string; countyId: string };
          t.users.set(u.id, { countyId: u.countyId, json: own(payload) });
          break;
        }
        case 'draft':
        case 'published': {
          const d = JSON.parse(payload) as { countyId: string; definitionId: string };
          const key = countyKey(d.countyId, d.definitionId);
          if (kind === 'draft') t.drafts.set(key, own(payload));
          else t.published.set(key, [...(t.published.get(key) ?? []), own(payload)]);
          break;
        }
        case 'case': {
          const slot = decodeSlot(payload);
          t.cases.set(countyKey(slot.countyId, slot.id), slot);
          break;
        }
        case 'history': {
          const h = JSON.parse(payload) as { k: string; r: number[]; s: number };
          t.history.set(h.k, { refs: h.r, lastSeq: h.s });
          break;
        }
        case 'comments':
        case 'attachments': {
          const c = JSON.parse(payload) as { k: string; v: unknown[] };
          (kind === 'comments' ? t.comments : t.attachments).set(
            c.k,
            c.v.map((v) => JSON.stringify(v)),
          );
          break;
        }
        case 'deadline': {
          const row = Object.freeze(JSON.parse(payload) as DeadlineRow);
          t.deadlines.set(deadlineKey(row.countyId, row.caseId, row.id), row);
          break;
        }
        case 'outbox': {
          const row = Object.freeze(JSON.parse(payload) as OutboxRow);
          t.outbox.set(row.id, row);
          break;
        }
        case 'webhook': {
          const w = JSON.parse(payload) as { id: string; countyId: string };
          t.webhooks.set(countyKey(w.countyId, w.id), { countyId: w.countyId, json: own(payload) });
          break;
        }
        case 'idempotency':
          for (const [k, lsn, at] of JSON.parse(payload) as Array<[string, number, string]>) {
            t.idempotency.set(k, { lsn, at });
          }
          break;
        case 'audit':
          audit.push(base64ToTyped(payload, Float64Array));
          break;
        case 'lines': {
          const [seg = '', off = '', len = ''] = payload.split(' ');
          lines.push({
            seg: base64ToTyped(seg, Uint32Array),
            off: base64ToTyped(off, Float64Array),
            len: base64ToTyped(len, Uint32Array),
          });
          break;
        }
        case 'end':
          if (Number(payload) !== count - 1) throw bad(this.path, count, 'line count mismatch');
          ended = true;
          break;
        default:
          throw bad(this.path, count, `unknown kind ${kind}`);
      }
    }
    if (!meta || !ended) throw bad(this.path, count, 'the snapshot is incomplete');
    return { meta, tables: t, auditRefs: concat(audit, Float64Array), lines: joinLines(lines) };
  }
}

function concat<A extends Float64Array | Uint32Array>(parts: A[], ctor: { new (n: number): A }): A {
  const out = new ctor(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function joinLines(parts: LineArrays[]): LineArrays {
  return {
    seg: concat(
      parts.map((p) => p.seg),
      Uint32Array,
    ),
    off: concat(
      parts.map((p) => p.off),
      Float64Array,
    ),
    len: concat(
      parts.map((p) => p.len),
      Uint32Array,
    ),
  };
}
