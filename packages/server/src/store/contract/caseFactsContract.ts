import type { HistoryEntry } from '@gridcase/engine';
import { beforeEach, expect, it } from 'vitest';
import type { CaseCommit } from '../types';
import type { ContractContext } from './contractContext';
import { createCommit, makeCase, minute, updateCommit } from './fixtures';

const entry = (caseId: string, seq: number, action: string, from: string[], to: string[]) =>
  ({ caseId, seq, at: minute(seq), actor: { userId: 'u1' }, action, from, to }) as HistoryEntry;

/**
 * A case created, then moved through `steps` (one commit each, with that history entry). As the
 * engine does, a breach stays on the record (`breaches`) until the case changes stage.
 */
async function play(
  ctx: ContractContext,
  commit: CaseCommit,
  steps: Array<[action: string, from: string[], to: string[]]>,
) {
  const store = ctx.store();
  await store.commit(commit);
  let current = commit.case;
  for (const [action, from, to] of steps) {
    const at = minute(current.version + 1);
    const breaches =
      action === 'deadline.breach'
        ? [...(current.breaches ?? []), { stateId: from[0] ?? 'd.open', dueAt: at }]
        : from.join() === to.join()
          ? current.breaches
          : undefined;
    const next = updateCommit(current, { stages: to, updatedAt: at, breaches });
    if (!breaches) delete next.case.breaches;
    next.history = [entry(current.id, current.version + 1, action, from, to)];
    await store.commit(next);
    current = next.case;
  }
}

/** caseFacts: the projection key figures read; breached from the history, overdue from the engine's rule. */
export function caseFactsContract(ctx: ContractContext): void {
  beforeEach(async () => {
    const open = ['d.open'];
    // breached in its current stage: overdue now, though no open deadline is due
    await play(ctx, createCommit(makeCase('f1', { createdAt: minute(1) })), [
      ['deadline.breach', open, open],
    ]);
    // breached, then moved on: breached, not overdue
    await play(ctx, createCommit(makeCase('f2', { createdAt: minute(2), dueAt: minute(50) })), [
      ['deadline.breach', open, open],
      ['assign', open, ['d.mediation']],
    ]);
    // never breached, but its open breach deadline is past
    await play(ctx, createCommit(makeCase('f3', { createdAt: minute(3), dueAt: minute(5) })), []);
    // closed: never overdue, carries outcome, satisfaction, supervision and co-handlers
    const done = makeCase('f4', {
      createdAt: minute(4),
      status: 'done',
      data: { title: '土地纠纷', satisfaction: 'satisfied', phone: '13800001111' },
    });
    done.closedAt = minute(9);
    done.context = {
      ...done.context,
      outcome: 'resolved',
      supervision: 2,
      coHandlers: [
        { agency: 'ps-east', lead: true },
        { agency: 'jo-east', lead: false },
      ],
    };
    await play(ctx, createCommit(done), [['deadline.breach', open, open]]);
    await ctx.store().commit(createCommit(makeCase('other', { countyId: 'c2' })));
  });

  it('projects what key figures read, breached from the history and overdue by the engine’s rule', async () => {
    const facts = await ctx
      .store()
      .caseFacts({ countyId: 'c1', sort: 'createdAt', order: 'asc' }, minute(10));
    expect(facts.map((f) => [f.record.id, f.breached, f.overdueNow])).toEqual([
      ['f1', true, true],
      ['f2', true, false],
      ['f3', false, true],
      ['f4', true, false],
    ]);
    expect(facts[3]?.record).toEqual({
      id: 'f4',
      countyId: 'c1',
      areaPath: ['c1', 't1', 'v1', 'g1'],
      definition: { id: 'd', version: 1 },
      status: 'done',
      createdAt: minute(4),
      closedAt: minute(9),
      context: {
        data: { satisfaction: 'satisfied' },
        outcome: 'resolved',
        supervision: 2,
        coHandlers: [{ agency: 'ps-east' }, { agency: 'jo-east' }],
      },
    });
    expect(facts[0]?.record.context).toEqual({ data: {}, supervision: 0, coHandlers: [] });
  });

  it('takes the filters, sort and page of a list query', async () => {
    const store = ctx.store();
    const ids = async (query: Parameters<typeof store.caseFacts>[0], now = minute(10)) =>
      (await store.caseFacts(query, now)).map((f) => f.record.id);
    expect(await ids({ countyId: 'c1', status: 'active', sort: 'createdAt' })).toEqual([
      'f3',
      'f2',
      'f1',
    ]);
    expect(
      await ids({ countyId: 'c1', sort: 'createdAt', order: 'asc', offset: 1, limit: 2 }),
    ).toEqual(['f2', 'f3']);
    expect(await ids({ countyId: 'c2' })).toEqual(['other']);
    const early = await store.caseFacts({ countyId: 'c1', stage: 'd.open' }, minute(4));
    expect(early.map((f) => [f.record.id, f.overdueNow]).sort()).toEqual([
      ['f1', true],
      ['f3', false],
      ['f4', false],
    ]);
  });
}
