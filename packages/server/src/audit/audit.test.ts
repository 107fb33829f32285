import { describe, expect, it } from 'vitest';
import type { AuditDraft, AuditEntry } from '../store/types';
import {
  canonicalJson,
  chainAudit,
  EMPTY_AUDIT_HEAD,
  GENESIS_HASH,
  hashAuditEntry,
  verifyAudit,
  verifyAuditChain,
} from './index';

const draft = (n: number): AuditDraft => ({
  at: `2026-11-22T04:00:0${n % 10}.000Z`,
  countyId: 'c1',
  actor: { userId: `u${n}` },
  action: 'case.command',
  caseId: `case-${n}`,
  detail: { event: 'ASSIGN', fields: ['title'] },
});

const chain = (n: number): AuditEntry[] =>
  chainAudit(
    EMPTY_AUDIT_HEAD,
    Array.from({ length: n }, (_, i) => draft(i + 1)),
  );

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson('中文"')).toBe('"中文\\""');
  });

  it('gives the same text whatever the key order', () => {
    expect(canonicalJson({ x: 1, y: [2, 3] })).toBe(canonicalJson({ y: [2, 3], x: 1 }));
  });
});

describe('chainAudit', () => {
  it('numbers entries from 1 and starts from the genesis hash of 64 zeros', () => {
    const [first, second] = chain(2);
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, caseId: 'case-1' });
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash });
    expect(hashAuditEntry(first!)).toBe(first?.hash);
  });

  it('continues from a head', () => {
    const [a, b] = chain(2);
    const [next] = chainAudit({ seq: b!.seq, hash: b!.hash }, [draft(3)]);
    expect(next).toMatchObject({ seq: 3, prevHash: b?.hash });
    expect(a?.hash).not.toBe(b?.hash);
  });
});

describe('verifyAudit', () => {
  it('accepts an intact chain and reports its head', () => {
    const entries = chain(5);
    expect(verifyAudit(entries)).toEqual({
      ok: true,
      count: 5,
      head: { seq: 5, hash: entries[4]?.hash },
    });
    expect(verifyAudit([])).toEqual({ ok: true, count: 0, head: EMPTY_AUDIT_HEAD });
  });

  it('names a changed entry (hashMismatch)', () => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, actor: { userId: 'someone-else' } };
    expect(verifyAudit(entries)).toMatchObject({ ok: false, seq: 3, reason: 'hashMismatch' });
  });

  it('names the entry after one that was rewritten with a fresh hash (prevHashMismatch)', () => {
    const entries = chain(5);
    const forged = { ...entries[1]!, action: 'pii.reveal' };
    entries[1] = { ...forged, hash: hashAuditEntry(forged) };
    expect(verifyAudit(entries)).toMatchObject({ ok: false, seq: 3, reason: 'prevHashMismatch' });
  });

  it('names a deleted or reordered entry (seqGap)', () => {
    const deleted = chain(5).filter((e) => e.seq !== 3);
    expect(verifyAudit(deleted)).toMatchObject({ ok: false, seq: 3, reason: 'seqGap' });
    const entries = chain(4);
    const reordered = [entries[0]!, entries[2]!, entries[1]!, entries[3]!];
    expect(verifyAudit(reordered)).toMatchObject({ ok: false, seq: 2, reason: 'seqGap' });
  });

  it('verifyAuditChain pages through a store and names the first bad entry', async () => {
    const entries = chain(25);
    const store = {
      readAudit: async (fromSeq = 1, limit = Number.POSITIVE_INFINITY) =>
        entries.slice(fromSeq - 1, fromSeq - 1 + limit),
    };
    expect(await verifyAuditChain(store, 10)).toMatchObject({ ok: true, count: 25 });
    entries[17] = { ...entries[17]!, detail: { event: 'CLOSE' } };
    expect(await verifyAuditChain(store, 10)).toMatchObject({
      ok: false,
      seq: 18,
      count: 17,
      reason: 'hashMismatch',
    });
  });
});
