import type { CaseRecord } from '@gridcase/engine';
import { beforeEach, expect, it } from 'vitest';
import type { CaseQuery } from '../types';
import type { ContractContext } from './contractContext';
import { type CaseOptions, createCommit, makeCase, minute, updateCommit } from './fixtures';

const cases: Record<string, CaseOptions> = {
  'case-a': {
    areaPath: ['c1', 't1', 'v1', 'g1'],
    assignee: { role: 'gridMember', areaId: 'g1', userId: 'u1' },
    dueAt: minute(100),
    createdAt: minute(1),
    updatedAt: minute(10),
    data: { title: '邻里噪音', phone: '13800001111' },
  },
  'case-b': {
    areaPath: ['c1', 't1', 'v1', 'g2'],
    caseType: 'hazard',
    stages: ['h.verify'],
    assignee: { role: 'police', areaId: 't1' },
    dueAt: minute(50),
    createdAt: minute(2),
    updatedAt: minute(5),
    data: { title: '消防隐患' },
  },
  'case-c': {
    areaPath: ['c1', 't2', 'v3', 'g5'],
    stages: ['d.closed'],
    status: 'done',
    createdAt: minute(3),
    updatedAt: minute(20),
    definitionVersion: 2,
    data: { title: '土地纠纷', category: 'land' },
  },
  'case-d': { countyId: 'c2', areaPath: ['c2', 'x1'], createdAt: minute(3) },
  'case-e': {
    areaPath: ['c1', 't1'],
    assignee: { role: 'gridMember', areaId: 't1', userId: 'u2' },
    dueAt: minute(30),
    createdAt: minute(4),
    updatedAt: minute(1),
  },
};

/** listCases: every filter, scope, text, sorting and paging. */
export function listCasesContract(ctx: ContractContext): void {
  const ids = async (query: Omit<CaseQuery, 'countyId'> & { countyId?: string }) =>
    (await ctx.store().listCases({ countyId: 'c1', ...query })).items.map((c) => c.id);
  const set = async (query: Omit<CaseQuery, 'countyId'>) => (await ids(query)).sort();

  beforeEach(async () => {
    for (const [id, options] of Object.entries(cases)) {
      await ctx.store().commit(createCommit(makeCase(id, options)));
    }
  });

  it('lists one county, newest update first, with the total', async () => {
    const page = await ctx.store().listCases({ countyId: 'c1' });
    expect(page.total).toBe(4);
    expect(page.items.map((c) => c.id)).toEqual(['case-c', 'case-a', 'case-b', 'case-e']);
    expect(await ids({ countyId: 'c2' })).toEqual(['case-d']);
    expect(await ids({ countyId: 'c9' })).toEqual([]);
  });

  it('keeps to the caller’s areas (withinAreas) and to one area (areaId)', async () => {
    expect(await set({ withinAreas: ['t1'] })).toEqual(['case-a', 'case-b', 'case-e']);
    expect(await set({ withinAreas: ['g5', 'g2'] })).toEqual(['case-b', 'case-c']);
    expect(await set({ withinAreas: [] })).toEqual([]);
    expect(await set({ withinAreas: ['x1'] })).toEqual([]);
    expect(await set({ areaId: 'v1' })).toEqual(['case-a', 'case-b']);
    expect(await set({ withinAreas: ['t1'], areaId: 'g1' })).toEqual(['case-a']);
  });

  it('filters by type, stage, status, assignee and definition', async () => {
    expect(await set({ caseType: 'hazard' })).toEqual(['case-b']);
    expect(await set({ stage: 'd.open' })).toEqual(['case-a', 'case-e']);
    expect(await set({ status: 'done' })).toEqual(['case-c']);
    expect(await set({ status: 'active', withinAreas: ['t1'] })).toEqual([
      'case-a',
      'case-b',
      'case-e',
    ]);
    expect(await set({ assigneeUserId: 'u1' })).toEqual(['case-a']);
    expect(await set({ assigneeRole: 'gridMember' })).toEqual(['case-a', 'case-e']);
    expect(await set({ definitionId: 'd', definitionVersion: 2 })).toEqual(['case-c']);
    expect(await set({ definitionId: 'other' })).toEqual([]);
  });

  it('finds due and overdue cases by their earliest open breach deadline', async () => {
    expect(await set({ dueBefore: minute(60) })).toEqual(['case-b', 'case-e']);
    expect(await set({ overdueAt: minute(40) })).toEqual(['case-e']);
    expect(await set({ overdueAt: minute(30) })).toEqual([]);
    expect(await set({ dueBefore: minute(1000), assigneeRole: 'police' })).toEqual(['case-b']);
  });

  it('keeps a case whose breach fired overdue until it leaves the stage', async () => {
    const store = ctx.store();
    const current = (await store.getCase('c1', 'case-a')) as CaseRecord;
    const breaches = [{ stateId: 'd.open', dueAt: minute(20) }];
    await store.commit(updateCommit(current, { breaches, updatedAt: minute(21) }));
    expect(await set({ overdueAt: minute(40) })).toEqual(['case-a', 'case-e']);
    expect(await ids({ overdueAt: minute(40), sort: 'due', order: 'asc' })).toEqual([
      'case-a',
      'case-e',
    ]);
    const breached = (await store.getCase('c1', 'case-a')) as CaseRecord;
    const moved = updateCommit(breached, { stages: ['d.mediation'], updatedAt: minute(22) });
    delete moved.case.breaches;
    await store.commit(moved);
    expect(await set({ overdueAt: minute(40) })).toEqual(['case-e']);
  });

  it('searches text in the id and the named non-personal fields only', async () => {
    expect(await set({ text: '噪音' })).toEqual(['case-a']);
    expect(await set({ text: 'CASE-B' })).toEqual(['case-b']);
    expect(await set({ text: 'LAND' })).toEqual(['case-c']);
    expect(await set({ text: '13800001111' })).toEqual([]);
    expect(await set({ text: '1380000', textFields: ['phone'] })).toEqual(['case-a']);
  });

  it('sorts by created, updated or due time either way, and pages', async () => {
    expect(await ids({ sort: 'createdAt', order: 'asc' })).toEqual([
      'case-a',
      'case-b',
      'case-c',
      'case-e',
    ]);
    expect(await ids({ sort: 'updatedAt', order: 'asc' })).toEqual([
      'case-e',
      'case-b',
      'case-a',
      'case-c',
    ]);
    expect(await ids({ sort: 'due' })).toEqual(['case-e', 'case-b', 'case-a', 'case-c']);
    expect(await ids({ sort: 'due', order: 'desc' })).toEqual([
      'case-a',
      'case-b',
      'case-e',
      'case-c',
    ]);
    const page = await ctx.store().listCases({ countyId: 'c1', offset: 1, limit: 2 });
    expect(page).toMatchObject({ total: 4, items: [{ id: 'case-a' }, { id: 'case-b' }] });
    expect((await ctx.store().listCases({ countyId: 'c1', offset: 4, limit: 2 })).items).toEqual(
      [],
    );
  });

  it('pages by id after a key, stable while earlier cases change (keyset paging)', async () => {
    expect(await ids({ sort: 'id' })).toEqual(['case-a', 'case-b', 'case-c', 'case-e']);
    expect(await ids({ sort: 'id', order: 'desc', limit: 2 })).toEqual(['case-e', 'case-c']);
    expect(await ids({ sort: 'id', afterId: 'case-a', limit: 2 })).toEqual(['case-b', 'case-c']);
    const store = ctx.store();
    const b = (await store.getCase('c1', 'case-b'))!;
    await store.commit(
      updateCommit(b, { definition: { ...b.definition, version: 2 }, updatedAt: minute(40) }),
    );
    const page = await store.listCases({
      countyId: 'c1',
      definitionVersion: 1,
      sort: 'id',
      afterId: 'case-a',
      limit: 5,
    });
    expect(page.items.map((c) => c.id)).toEqual(['case-e']);
    expect(page.total).toBe(1);
  });

  it('follows updates: a case leaves the lists it no longer matches', async () => {
    const store = ctx.store();
    const a = (await store.getCase('c1', 'case-a'))!;
    const moved = updateCommit(a, {
      areaPath: ['c1', 't2'],
      stages: ['d.closed'],
      status: 'done',
      deadlines: [],
      context: { ...a.context, assignee: { role: 'police', areaId: 't2' } },
      updatedAt: minute(30),
    });
    expect(await store.commit(moved)).toMatchObject({ ok: true });
    expect(await set({ withinAreas: ['t1'] })).toEqual(['case-b', 'case-e']);
    expect(await set({ withinAreas: ['t2'] })).toEqual(['case-a', 'case-c']);
    expect(await set({ stage: 'd.open' })).toEqual(['case-e']);
    expect(await set({ assigneeUserId: 'u1' })).toEqual([]);
    expect(await set({ assigneeRole: 'police' })).toEqual(['case-a', 'case-b']);
    expect(await set({ dueBefore: minute(1000) })).toEqual(['case-b', 'case-e']);
    expect((await ids({}))[0]).toBe('case-a');
  });
}
