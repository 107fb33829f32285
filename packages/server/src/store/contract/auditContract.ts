import { expect, it } from 'vitest';
import { GENESIS_HASH, verifyAudit, verifyAuditChain } from '../../audit';
import type { ContractContext } from './contractContext';
import { audit, createCommit, definitionDraft, makeCase, updateCommit } from './fixtures';

/** The audit chain: one sequence in commit order, hash-linked, readable in pages. */
export function auditContract(ctx: ContractContext): void {
  it('appends audit entries in commit order with one hash chain', async () => {
    const store = ctx.store();
    expect(await store.auditHead()).toEqual({ seq: 0, hash: GENESIS_HASH });
    const k1 = makeCase('k1');
    const created = await store.commit(
      createCommit(k1, { audit: [audit('case.create', { caseId: 'k1' }), audit('pii.reveal')] }),
    );
    await store.publishDefinition(definitionDraft('d'), audit('definition.publish'));
    const appended = await store.appendAudit([audit('export.csv'), audit('pii.reveal')]);
    await store.commit(updateCommit(k1));
    const entries = await store.readAudit();
    expect(entries.map((e) => `${e.seq}:${e.action}`)).toEqual([
      '1:case.create',
      '2:pii.reveal',
      '3:definition.publish',
      '4:export.csv',
      '5:pii.reveal',
      '6:case.command',
    ]);
    expect(created.ok && created.audit).toEqual(entries.slice(0, 2));
    expect(appended).toEqual(entries.slice(3, 5));
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(verifyAudit(entries)).toMatchObject({ ok: true, count: 6 });
    expect(await store.auditHead()).toEqual({ seq: 6, hash: entries[5]?.hash });
  });

  it('reads the chain in pages and verifies it whole', async () => {
    const store = ctx.store();
    for (let i = 0; i < 5; i += 1) await store.appendAudit([audit('a'), audit('b')]);
    expect((await store.readAudit(4, 3)).map((e) => e.seq)).toEqual([4, 5, 6]);
    expect((await store.readAudit(9)).map((e) => e.seq)).toEqual([9, 10]);
    expect(await store.readAudit(11)).toEqual([]);
    expect(await verifyAuditChain(store, 3)).toMatchObject({ ok: true, count: 10 });
  });

  it('chains concurrent writers into one unbroken sequence', async () => {
    const store = ctx.store();
    await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => store.commit(createCommit(makeCase(`k${i}`)))),
      ...Array.from({ length: 10 }, () => store.appendAudit([audit('x')])),
    ]);
    const verdict = await verifyAuditChain(store);
    expect(verdict).toMatchObject({ ok: true, count: 20 });
  });
}
