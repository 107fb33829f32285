import { createHash } from 'node:crypto';
import type { AuditDraft, AuditEntry } from '../store/types';
import { canonicalJson } from './canonicalJson';

/** The `prevHash` of the first entry of every audit chain: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

/** Where a chain ends: the last entry's `seq` and `hash` (`0` and {@link GENESIS_HASH} when empty). */
export interface AuditHead {
  seq: number;
  hash: string;
}

/** The head of an empty chain. */
export const EMPTY_AUDIT_HEAD: Readonly<AuditHead> = Object.freeze({ seq: 0, hash: GENESIS_HASH });

/**
 * The hash of one audit entry: sha256 (hex) over the canonical JSON of every field of the
 * entry except `hash` itself, `prevHash` included, so each entry seals the one before it.
 *
 * @example
 * ```ts
 * const hash = hashAuditEntry({ seq: 1, prevHash: GENESIS_HASH, at, countyId, actor, action });
 * ```
 */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...sealed } = entry;
  return createHash('sha256').update(canonicalJson(sealed), 'utf8').digest('hex');
}

/**
 * Chains drafts onto a head: assigns `seq` (head.seq + 1, + 2, ...), `prevHash` and `hash`.
 * Pure: returns new entries and leaves the drafts alone. Every store uses it, so every store
 * writes the same chain.
 *
 * @example
 * ```ts
 * const entries = chainAudit(EMPTY_AUDIT_HEAD, [draft]);
 * entries[0].seq; // 1
 * entries[0].prevHash === GENESIS_HASH; // true
 * ```
 */
export function chainAudit(head: AuditHead, drafts: readonly AuditDraft[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let { seq, hash } = head;
  for (const draft of drafts) {
    seq += 1;
    const unsealed: Omit<AuditEntry, 'hash'> = { ...draft, seq, prevHash: hash };
    hash = hashAuditEntry(unsealed);
    entries.push({ ...unsealed, hash });
  }
  return entries;
}
