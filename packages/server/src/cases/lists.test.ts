import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';

async function world() {
  const h = await createHarness();
  await h.publish();
  const e1a = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a', data: fixtureReport });
  const e1b = await h.open({
    as: 'grid-e1b',
    areaId: 'grid-e1b',
    data: { title: '东门二网格纠纷' },
  });
  const w1a = await h.open({
    as: 'grid-w1a',
    areaId: 'grid-w1a',
    data: { title: '松林村土地纠纷', category: 'land' },
  });
  return { h, e1a, e1b, w1a };
}

const ids = async (res: Response) =>
  ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id).sort();

describe('case lists are confined to the caller’s areas in the query', () => {
  it('shows a grid member only their grid, a township lead their township, the admin everything', async () => {
    const { h, e1a, e1b, w1a } = await world();
    expect(await ids(await h.request('/cases', { as: 'grid-e1a' }))).toEqual([e1a.id]);
    expect(await ids(await h.request('/cases', { as: 'police-e1' }))).toEqual(
      [e1a.id, e1b.id].sort(),
    );
    expect(await ids(await h.request('/cases', { as: 'lead-west' }))).toEqual([w1a.id]);
    expect(await ids(await h.request('/cases', { as: 'admin' }))).toEqual(
      [e1a.id, e1b.id, w1a.id].sort(),
    );
  });

  it('counts totals and pages within scope', async () => {
    const { h } = await world();
    const page = await (await h.request('/cases?limit=1&offset=0', { as: 'lead-east' })).json();
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    const second = await (await h.request('/cases?limit=1&offset=1', { as: 'lead-east' })).json();
    expect(second.items[0].id).not.toBe(page.items[0].id);
  });

  it('filters by area, stage, status, text and overdue', async () => {
    const { h, e1a, w1a } = await world();
    expect(
      await ids(await h.request('/cases?areaId=com-e1&q=%E5%99%AA%E9%9F%B3', { as: 'admin' })),
    ).toEqual([e1a.id]);
    expect(await ids(await h.request('/cases?areaId=twp-west', { as: 'admin' }))).toEqual([w1a.id]);
    await h.command(e1a.id, 'police-e1', 'assign');
    expect(
      await ids(await h.request('/cases?stage=test-dispute.mediation', { as: 'admin' })),
    ).toEqual([e1a.id]);
    expect((await (await h.request('/cases?overdue=true', { as: 'admin' })).json()).total).toBe(0);
    h.clock.advance(10 * 24 * 3600_000);
    expect((await (await h.request('/cases?overdue=true', { as: 'admin' })).json()).total).toBe(2);
  });

  it('refuses unknown filters and bad values with request.invalid', async () => {
    const { h } = await world();
    const unknown = await h.request('/cases?countyId=other', { as: 'admin' });
    expect([unknown.status, (await unknown.json()).code]).toEqual([400, 'request.invalid']);
    const bad = await h.request('/cases?limit=100000', { as: 'admin' });
    expect(bad.status).toBe(400);
  });

  it('masks every row: no ID or mobile number, names masked in the title', async () => {
    const { h } = await world();
    const text = await (await h.request('/cases', { as: 'admin' })).text();
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).toContain('邻里噪音纠纷');
  });
});

describe('worklist', () => {
  it('shows mine, my role’s and my area’s open cases', async () => {
    const { h, e1a, e1b } = await world();
    await h.command(e1a.id, 'police-e1', 'assign');
    expect(await ids(await h.request('/worklist?scope=role', { as: 'mediator-east' }))).toEqual([
      e1a.id,
    ]);
    expect(await ids(await h.request('/worklist?scope=role', { as: 'mediator-west' }))).toEqual([]);
    expect(await ids(await h.request('/worklist?scope=area', { as: 'police-e1' }))).toEqual(
      [e1a.id, e1b.id].sort(),
    );
    expect(await ids(await h.request('/worklist?scope=mine', { as: 'mediator-east' }))).toEqual([]);
  });
});
