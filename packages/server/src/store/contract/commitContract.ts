import { expect, it } from 'vitest';
import { type ContractContext, rejectionCode } from './contractContext';
import {
  audit,
  createCommit,
  deadlineRow,
  deepValue,
  makeCase,
  minute,
  outboxRow,
  updateCommit,
} from './fixtures';

/** The atomic commit: creation, versions, idempotency, history, refusals, poison. */
export function commitContract(ctx: ContractContext): void {
  it('creates a case once; a second create is caseExists', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    const result = await store.commit(createCommit(k1));
    expect(result).toMatchObject({ ok: true, audit: [{ seq: 1, caseId: 'k1' }] });
    expect(await store.getCase('c1', 'k1')).toEqual(k1);
    expect(await store.getCase('c2', 'k1')).toBeUndefined();
    expect(await store.commit(createCommit(k1))).toEqual({ ok: false, reason: 'caseExists' });
  });

  it('refuses a stale version with the current one, and changes nothing', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    await store.commit(createCommit(k1));
    const v2 = updateCommit(k1, { updatedAt: minute(5) });
    expect(await store.commit(v2)).toMatchObject({ ok: true });
    const stale = updateCommit(
      k1,
      { stages: ['d.closed'] },
      {
        key: 'stale',
        outbox: [outboxRow('o1', minute(0))],
        deadlinesSet: [deadlineRow('k1', 'x', minute(1))],
      },
    );
    expect(await store.commit(stale)).toEqual({
      ok: false,
      reason: 'versionConflict',
      currentVersion: 2,
    });
    const ghost = updateCommit(makeCase('ghost'));
    expect(await store.commit(ghost)).toEqual({
      ok: false,
      reason: 'versionConflict',
      currentVersion: 0,
    });
    expect(await store.getCase('c1', 'k1')).toEqual(v2.case);
    expect((await store.getHistory('c1', 'k1')).map((h) => h.seq)).toEqual([1, 2]);
    expect(await store.getIdempotency('stale')).toBeUndefined();
    expect(await store.claimOutbox(minute(10), 10, 1000)).toEqual([]);
    expect(await store.dueDeadlines(minute(10), 10)).toEqual([]);
    expect((await store.auditHead()).seq).toBe(2);
  });

  it('answers a known idempotency key with its record and applies nothing', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    const first = createCommit(k1, { key: 'u1:abc' });
    await store.commit(first);
    expect(await store.getIdempotency('u1:abc')).toEqual(first.idempotency);
    const retry = updateCommit(k1, { stages: ['d.other'] }, { key: 'u1:abc' });
    expect(await store.commit(retry)).toEqual({
      ok: false,
      reason: 'duplicateIdempotencyKey',
      record: first.idempotency,
    });
    expect((await store.getCase('c1', 'k1'))?.version).toBe(1);
    expect(await store.getHistory('c1', 'k1')).toHaveLength(1);
    expect((await store.auditHead()).seq).toBe(1);
    expect(await store.getIdempotency('u1:other')).toBeUndefined();
  });

  it('prunes idempotency records older than a time', async () => {
    const store = ctx.store();
    await store.commit(createCommit(makeCase('k1', { createdAt: minute(1) }), { key: 'old' }));
    await store.commit(createCommit(makeCase('k2', { createdAt: minute(9) }), { key: 'new' }));
    expect(await store.pruneIdempotency(minute(5))).toBe(1);
    expect(await store.getIdempotency('old')).toBeUndefined();
    expect(await store.getIdempotency('new')).toBeDefined();
  });

  it('lists idempotency records in key order, page by page', async () => {
    const store = ctx.store();
    for (const [i, key] of ['u1:b', 'u1:a', 'u2:a'].entries()) {
      await store.commit(createCommit(makeCase(`k${i}`), { key }));
    }
    const keys = async (after: string | undefined, limit: number) =>
      (await store.listIdempotency(after, limit)).map((r) => r.key);
    expect(await keys(undefined, 10)).toEqual(['u1:a', 'u1:b', 'u2:a']);
    expect(await keys(undefined, 2)).toEqual(['u1:a', 'u1:b']);
    expect(await keys('u1:b', 2)).toEqual(['u2:a']);
    expect((await store.listIdempotency('u1:a', 1))[0]).toEqual(await store.getIdempotency('u1:b'));
  });

  it('lets exactly one of many concurrent commits on one version through', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    await store.commit(createCommit(k1));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.commit(updateCommit(k1, { updatedAt: minute(i) })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'versionConflict')).toHaveLength(19);
    expect((await store.getHistory('c1', 'k1')).map((h) => h.seq)).toEqual([1, 2]);
  });

  it('keeps history contiguous in commit order', async () => {
    const store = ctx.store();
    let record = makeCase('k1');
    await store.commit(createCommit(record));
    for (let i = 0; i < 4; i += 1) {
      const next = updateCommit(record, { updatedAt: minute(i + 1) });
      expect(await store.commit(next)).toMatchObject({ ok: true });
      record = next.case;
    }
    const history = await store.getHistory('c1', 'k1');
    expect(history.map((h) => h.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(history[0]?.action).toBe('create');
    expect(await store.getHistory('c1', 'none')).toEqual([]);
  });

  it('throws store.invalidCommit for a commit that breaks the rules', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    await store.commit(createCommit(k1));
    const skip = updateCommit(k1);
    skip.case.version = 5;
    expect(await rejectionCode(store.commit(skip))).toBe('store.invalidCommit');
    const foreign = updateCommit(k1);
    foreign.history[0]!.caseId = 'k2';
    expect(await rejectionCode(store.commit(foreign))).toBe('store.invalidCommit');
    const repeat = updateCommit(k1);
    repeat.history[0]!.seq = 1;
    expect(await rejectionCode(store.commit(repeat))).toBe('store.invalidCommit');
    expect((await store.getCase('c1', 'k1'))?.version).toBe(1);
  });

  it('refuses a 10,000-deep value with nothing stored, and works on', async () => {
    const store = ctx.store();
    const poison = makeCase('poison', { data: { nested: deepValue(10_000) } });
    expect(await rejectionCode(store.commit(createCommit(poison, { key: 'p' })))).toBe(
      'store.valueRejected',
    );
    expect(await store.getCase('c1', 'poison')).toBeUndefined();
    expect(await store.getIdempotency('p')).toBeUndefined();
    const k1 = makeCase('k1');
    expect(await store.commit(createCommit(k1))).toMatchObject({ ok: true, audit: [{ seq: 1 }] });
    const bad = updateCommit(k1, { context: { ...k1.context, data: { n: Number.NaN } } });
    expect(await rejectionCode(store.commit(bad))).toBe('store.valueRejected');
    const deepAudit = updateCommit(
      k1,
      {},
      { audit: [audit('x', { detail: { d: deepValue(10_000) } })] },
    );
    expect(await rejectionCode(store.commit(deepAudit))).toBe('store.valueRejected');
    expect(
      await rejectionCode(store.appendAudit([audit('x', { detail: { d: deepValue(10_000) } })])),
    ).toBe('store.valueRejected');
    expect((await store.auditHead()).seq).toBe(1);
    expect(await store.commit(updateCommit(k1))).toMatchObject({ ok: true });
    expect((await store.listCases({ countyId: 'c1' })).total).toBe(1);
  });

  it('neither aliases the commit nor the case it returns', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    const commit = createCommit(k1);
    const result = await store.commit(commit);
    k1.context.data.title = 'changed after commit';
    commit.history[0]!.action = 'changed';
    if (result.ok) result.audit[0]!.action = 'changed';
    const read = await store.getCase('c1', 'k1');
    expect(read?.context.data.title).toBe('纠纷 k1');
    read!.stages.push('x');
    (await store.getHistory('c1', 'k1'))[0]!.seq = 99;
    expect((await store.getCase('c1', 'k1'))?.stages).toEqual(['d.open']);
    expect((await store.getHistory('c1', 'k1'))[0]).toMatchObject({ seq: 1, action: 'create' });
    expect((await store.readAudit())[0]?.action).toBe('case.command');
  });
}
