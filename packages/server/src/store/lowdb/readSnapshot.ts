import { access } from 'node:fs/promises';
import { gridcaseError } from '@gridcase/engine';
import { countyKey, deadlineKey } from '../keys';
import type { DeadlineRow, OutboxRow } from '../types';
import { base64ToTyped } from './growableArray';
import type { LineArrays } from './lineIndex';
import { emptyTables } from './lowdbState';
import { decodeSlot } from './slotCodec';
import { SNAPSHOT_FORMAT, type SnapshotData, type SnapshotMeta } from './snapshotData';
import { parseSnapshotLine, readLines } from './snapshotLines';

const bad = (path: string, line: number, reason: string) =>
  gridcaseError('store.corrupt', { file: path, line, reason });

/** A copy of a line's text that does not keep the whole 1 MiB read chunk alive. */
const own = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/**
 * Reads a snapshot written by `writeSnapshot`, streaming, checking every line's checksum, the
 * head's format and the closing `end` line's count. `null` when there is no file;
 * `store.corrupt` (file, line) when it is damaged.
 *
 * @example
 * ```ts
 * const data = await readSnapshot(join(dir, 'snapshot.jsonl'));
 * ```
 */
export async function readSnapshot(path: string): Promise<SnapshotData | null> {
  try {
    await access(path);
  } catch {
    return null;
  }
  const t = emptyTables();
  let meta: SnapshotMeta | undefined;
  const audit: Float64Array[] = [];
  const lines: LineArrays[] = [];
  let count = 0;
  let ended = false;
  for await (const raw of readLines(path)) {
    count += 1;
    const parsed = parseSnapshotLine(raw);
    if (!parsed || ended)
      throw bad(path, count, ended ? 'data after the end line' : 'checksum mismatch');
    const { kind, payload } = parsed;
    if (!meta && kind !== 'head') throw bad(path, count, 'no head line');
    switch (kind) {
      case 'head': {
        const head = JSON.parse(payload) as SnapshotMeta & { format: string; version: number };
        if (head.format !== SNAPSHOT_FORMAT || head.version !== 1)
          throw bad(path, count, 'unknown format');
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
      case 'migration': {
        const m = JSON.parse(payload) as { id: string; countyId: string };
        t.migrations.set(countyKey(m.countyId, m.id), { countyId: m.countyId, json: own(payload) });
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
        if (Number(payload) !== count - 1) throw bad(path, count, 'line count mismatch');
        ended = true;
        break;
      default:
        throw bad(path, count, `unknown kind ${kind}`);
    }
  }
  if (!meta || !ended) throw bad(path, count, 'the snapshot is incomplete');
  return { meta, tables: t, auditRefs: concat(audit, Float64Array), lines: joinLines(lines) };
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
