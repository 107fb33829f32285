import { expect, it } from 'vitest';
import type { ContractContext } from './contractContext';
import { createCommit, deadlineRow, makeCase, minute, outboxRow, updateCommit } from './fixtures';

/** Deadline rows (due, next, fired, cancelled) and the outbox (claim, lease, sent, failed). */
export function deadlinesOutboxContract(ctx: ContractContext): void {
  it('serves due deadlines earliest first, and the next wake-up', async () => {
    const store = ctx.store();
    expect(await store.nextDeadlineAt()).toBeUndefined();
    const k1 = makeCase('k1');
    await store.commit(
      createCommit(k1, {
        deadlinesSet: [
          deadlineRow('k1', 'b', minute(20)),
          deadlineRow('k1', 'a', minute(10)),
          deadlineRow('k1', 'c', minute(30)),
        ],
      }),
    );
    await store.commit(
      createCommit(makeCase('k2'), { deadlinesSet: [deadlineRow('k2', 'a', minute(15))] }),
    );
    expect(await store.nextDeadlineAt()).toBe(minute(10));
    const due = await store.dueDeadlines(minute(20), 10);
    expect(due.map((d) => `${d.caseId}/${d.id}`)).toEqual(['k1/a', 'k2/a', 'k1/b']);
    expect(await store.dueDeadlines(minute(20), 2)).toHaveLength(2);
    expect(await store.dueDeadlines(minute(9), 10)).toEqual([]);
  });

  it('ends stale deadline rows without a case commit; ignores unknown ones', async () => {
    const store = ctx.store();
    await store.commit(
      createCommit(makeCase('k1'), {
        deadlinesSet: [deadlineRow('k1', 'a', minute(10)), deadlineRow('k1', 'b', minute(20))],
      }),
    );
    await store.markDeadlinesFired(
      [
        { countyId: 'c1', caseId: 'k1', id: 'a' },
        { countyId: 'c1', caseId: 'k1', id: 'nope' },
      ],
      minute(12),
    );
    expect((await store.claimDueDeadlines(minute(30), 10, 60_000)).map((d) => d.id)).toEqual(['b']);
    expect(await store.nextDeadlineAt()).toBe(minute(20));
    expect((await store.getCase('c1', 'k1'))?.version).toBe(1);
  });

  it('never serves a fired deadline again; cancels and replaces by id', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    await store.commit(
      createCommit(k1, {
        deadlinesSet: [deadlineRow('k1', 'a', minute(10)), deadlineRow('k1', 'b', minute(20))],
      }),
    );
    const fired = updateCommit(k1, { updatedAt: minute(11) }, { deadlinesFired: ['a'] });
    await store.commit(fired);
    expect((await store.dueDeadlines(minute(30), 10)).map((d) => d.id)).toEqual(['b']);
    expect(await store.nextDeadlineAt()).toBe(minute(20));
    const cancelled = updateCommit(
      fired.case,
      {},
      {
        deadlinesCancel: ['b'],
        deadlinesSet: [deadlineRow('k1', 'c', minute(40))],
      },
    );
    await store.commit(cancelled);
    expect(await store.dueDeadlines(minute(30), 10)).toEqual([]);
    expect(await store.nextDeadlineAt()).toBe(minute(40));
    await store.commit(
      updateCommit(cancelled.case, {}, { deadlinesSet: [deadlineRow('k1', 'c', minute(5))] }),
    );
    expect((await store.dueDeadlines(minute(6), 10)).map((d) => d.dueAt)).toEqual([minute(5)]);
  });

  it('claims due deadlines under a lease: each to one claimer until it runs out or fires', async () => {
    const store = ctx.store();
    const k1 = makeCase('k1');
    await store.commit(
      createCommit(k1, {
        deadlinesSet: [
          deadlineRow('k1', 'a', minute(10)),
          deadlineRow('k1', 'b', minute(20)),
          deadlineRow('k1', 'c', minute(30)),
        ],
      }),
    );
    await store.commit(
      createCommit(makeCase('k2'), { deadlinesSet: [deadlineRow('k2', 'a', minute(15))] }),
    );
    const key = (d: { caseId: string; id: string }) => `${d.caseId}/${d.id}`;
    expect((await store.claimDueDeadlines(minute(20), 2, 60_000)).map(key)).toEqual([
      'k1/a',
      'k2/a',
    ]);
    expect((await store.claimDueDeadlines(minute(20), 10, 60_000)).map(key)).toEqual(['k1/b']);
    expect(await store.claimDueDeadlines(minute(20), 10, 60_000)).toEqual([]);
    expect(await store.dueDeadlines(minute(20), 10)).toHaveLength(3);
    await store.commit(updateCommit(k1, { updatedAt: minute(21) }, { deadlinesFired: ['a'] }));
    expect((await store.claimDueDeadlines(minute(25), 10, 60_000)).map(key)).toEqual([
      'k2/a',
      'k1/b',
    ]);
    const racing = await Promise.all(
      [1, 2, 3].map(() => store.claimDueDeadlines(minute(30), 1, 60_000)),
    );
    expect(racing.flat().map(key).sort()).toEqual(['k1/b', 'k1/c', 'k2/a']);
  });

  it('claims due outbox rows under a lease, then releases them on expiry', async () => {
    const store = ctx.store();
    await store.commit(
      createCommit(makeCase('k1'), {
        outbox: [
          outboxRow('o2', minute(2)),
          outboxRow('o1', minute(1)),
          outboxRow('o3', minute(50)),
        ],
      }),
    );
    const claimed = await store.claimOutbox(minute(10), 10, 60_000);
    expect(claimed.map((r) => r.id)).toEqual(['o1', 'o2']);
    expect(claimed[0]?.lockedUntil).toBe(minute(11));
    expect(await store.claimOutbox(minute(10), 10, 60_000)).toEqual([]);
    expect((await store.claimOutbox(minute(11), 1, 60_000)).map((r) => r.id)).toEqual(['o1']);
  });

  it('lists unsent outbox rows in id order, due or not, leased or not', async () => {
    const store = ctx.store();
    await store.commit(
      createCommit(makeCase('k1'), {
        outbox: [
          outboxRow('o3', minute(50)),
          outboxRow('o1', minute(1)),
          outboxRow('o2', minute(2)),
        ],
      }),
    );
    await store.claimOutbox(minute(1), 1, 60_000);
    await store.markOutboxSent('o2', minute(3));
    const listed = await store.listOutbox(undefined, 10);
    expect(listed.map((r) => r.id)).toEqual(['o1', 'o3']);
    expect(listed[0]).toMatchObject({
      lockedUntil: minute(2),
      attempts: 0,
      payload: { caseId: 'k1' },
    });
    expect((await store.listOutbox('o1', 10)).map((r) => r.id)).toEqual(['o3']);
    expect((await store.listOutbox(undefined, 1)).map((r) => r.id)).toEqual(['o1']);
  });

  it('never claims a sent row again; retries a failed one when due', async () => {
    const store = ctx.store();
    await store.commit(
      createCommit(makeCase('k1'), {
        outbox: [outboxRow('o1', minute(1)), outboxRow('o2', minute(1))],
      }),
    );
    await store.claimOutbox(minute(2), 10, 60_000);
    await store.markOutboxSent('o1', minute(2));
    await store.markOutboxFailed('o2', 'HTTP 500', minute(5));
    await store.markOutboxSent('missing', minute(2));
    expect(await store.claimOutbox(minute(4), 10, 60_000)).toEqual([]);
    const retry = await store.claimOutbox(minute(5), 10, 60_000);
    expect(retry).toMatchObject([
      { id: 'o2', attempts: 1, lastError: 'HTTP 500', nextAttemptAt: minute(5) },
    ]);
    expect((await store.claimOutbox(minute(500), 10, 60_000)).map((r) => r.id)).toEqual(['o2']);
  });
}
