import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

/** The ledger's rows as `{ id: overdue cell }` (columns by the header). */
async function csvOverdue(res: Response) {
  const [header = '', ...rows] = (await res.text())
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const column = header.split(',').indexOf('是否超期');
  return Object.fromEntries(rows.map((r) => [r.split(',')[0], r.split(',')[column]]));
}

describe('overdue after a breach fired', () => {
  it('stays overdue in lists, the row, the ledger and the KPIs until the case leaves the stage', async () => {
    const h = await createHarness();
    await h.publish();
    const opened = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a' });
    h.clock.advance(10 * 24 * 3600_000);
    // the triage breach escalates to the township lead; no deadline of the stage is left open
    expect(await h.app.gridcase.scheduler.runDue()).toBeGreaterThan(0);
    const record = await h.store.getCase('demo-county', opened.id);
    expect(record?.context.supervision).toBe(1);
    expect(record?.deadlines).toEqual([]);

    const overdueList = await (await h.request('/cases?overdue=true', { as: 'admin' })).json();
    expect(overdueList.items.map((c: { id: string }) => c.id)).toEqual([opened.id]);
    expect(overdueList.items[0]).toMatchObject({ overdue: true, dueAt: expect.any(String) });
    expect(await csvOverdue(await h.request('/export/cases.csv', { as: 'admin' }))).toEqual({
      [opened.id]: '是',
    });
    const kpis = await (await h.request('/kpis', { as: 'admin' })).json();
    expect(kpis.totals.overdue).toBe(1);

    // leaving the stage ends it
    expect((await h.command(opened.id, 'police-e1', 'assign')).status).toBe(200);
    const after = await (await h.request('/cases?overdue=true', { as: 'admin' })).json();
    expect(after.total).toBe(0);
    const row = (await (await h.request('/cases', { as: 'admin' })).json()).items[0];
    expect(row.overdue).toBe(false);
    expect(await csvOverdue(await h.request('/export/cases.csv', { as: 'admin' }))).toEqual({
      [opened.id]: '否',
    });
    expect((await (await h.request('/kpis', { as: 'admin' })).json()).totals.overdue).toBe(0);
  });
});
