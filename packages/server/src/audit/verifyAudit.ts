import { isGridcaseError } from '@gridcase/engine';
import type { AuditEntry, CaseStore } from '../store/types';
import { type AuditHead, EMPTY_AUDIT_HEAD, hashAuditEntry } from './auditChain';

/** Why an entry breaks the chain. */
export type AuditBreak =
  /** `seq` is not the one after the previous entry's (an entry was deleted or reordered). */
  | 'seqGap'
  /** `prevHash` is not the previous entry's hash (an entry before it was changed or removed). */
  | 'prevHashMismatch'
  /** The entry's own fields no longer give its `hash` (the entry itself was changed). */
  | 'hashMismatch'
  /**
   * The store cannot read the entry back: its lowdb journal line fails its checksum (edited
   * outside the store, or the disk damaged it).
   */
  | 'unreadable';

export type AuditVerdict =
  | { ok: true; count: number; head: AuditHead }
  | {
      ok: false;
      /** How many entries were checked before the first bad one. */
      count: number;
      /** The `seq` of the first bad entry (the position it should hold when seq itself is off). */
      seq: number;
      reason: AuditBreak;
      /** The last good entry's seq and hash. */
      head: AuditHead;
    };

/**
 * Checks a run of audit entries in order and names the first one that breaks the chain.
 * Pass `from` to continue after an already-verified head (paging through a long chain).
 *
 * @example
 * ```ts
 * const verdict = verifyAudit(await store.readAudit());
 * if (!verdict.ok) console.error(`audit entry ${verdict.seq} was tampered with (${verdict.reason})`);
 * ```
 */
export function verifyAudit(
  entries: Iterable<AuditEntry>,
  from: AuditHead = EMPTY_AUDIT_HEAD,
): AuditVerdict {
  let head: AuditHead = { ...from };
  let count = 0;
  for (const entry of entries) {
    const expectedSeq = head.seq + 1;
    const fail = (reason: AuditBreak): AuditVerdict => ({
      ok: false,
      count,
      seq: reason === 'seqGap' ? expectedSeq : entry.seq,
      reason,
      head,
    });
    if (entry.seq !== expectedSeq) return fail('seqGap');
    if (entry.prevHash !== head.hash) return fail('prevHashMismatch');
    if (hashAuditEntry(entry) !== entry.hash) return fail('hashMismatch');
    head = { seq: entry.seq, hash: entry.hash };
    count += 1;
  }
  return { ok: true, count, head };
}

/** The seq of the audit entry a `store.corrupt` error says is unreadable, if it names one. */
const unreadableEntry = (error: unknown): number | undefined => {
  if (!isGridcaseError(error) || error.code !== 'store.corrupt') return undefined;
  const seq = error.details?.auditSeq;
  return typeof seq === 'number' ? seq : undefined;
};

/**
 * Verifies a store's whole audit chain, page by page (memory stays flat for long chains). An
 * entry the store cannot read back (a `store.corrupt` naming its `auditSeq`) is reported as
 * `unreadable` at that entry, after the entries before it were checked.
 *
 * @example
 * ```ts
 * const verdict = await verifyAuditChain(store);
 * verdict.ok ? console.log(`${verdict.count} entries, head ${verdict.head.hash}`) : process.exit(1);
 * ```
 */
export async function verifyAuditChain(
  store: Pick<CaseStore, 'readAudit'>,
  pageSize = 1000,
): Promise<AuditVerdict> {
  let head: AuditHead = EMPTY_AUDIT_HEAD;
  let count = 0;
  for (;;) {
    let page: AuditEntry[];
    try {
      page = await store.readAudit(head.seq + 1, pageSize);
    } catch (error) {
      const at = unreadableEntry(error);
      if (at === undefined || at <= head.seq) throw error;
      const before = verifyAudit(await store.readAudit(head.seq + 1, at - head.seq - 1), head);
      if (!before.ok) return { ...before, count: count + before.count };
      return {
        ok: false,
        count: count + before.count,
        seq: at,
        reason: 'unreadable',
        head: before.head,
      };
    }
    const verdict = verifyAudit(page, head);
    if (!verdict.ok) return { ...verdict, count: count + verdict.count };
    count += verdict.count;
    head = verdict.head;
    if (page.length < pageSize) return { ok: true, count, head };
  }
}
