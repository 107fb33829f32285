import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

async function world() {
  const h = await createHarness();
  await h.publish();
  const a = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a' });
  const b = await h.open({ as: 'grid-e1b', areaId: 'grid-e1b' });
  const c = await h.open({ as: 'grid-w1a', areaId: 'grid-w1a' });
  await h.command(a.id, 'police-e1', 'assign');
  await h.command(a.id, 'mediator-east', 'agree');
  await h.command(a.id, 'grid-e1a', 'visit', { data: { satisfaction: 'satisfied' } });
  await h.command(c.id, 'police-w1', 'assign');
  await h.command(c.id, 'mediator-west', 'fail', { reason: '一方拒绝调解' });
  h.clock.set('2026-03-05T17:00:00.000Z');
  await h.app.gridcase.scheduler.runDue();
  return { h, a, b, c };
}

describe('GET /kpis', () => {
  it('computes the appraisal figures in total, by township and by month', async () => {
    const { h } = await world();
    const res = await h.request('/kpis?from=2026-03-01&to=2026-03-31', { as: 'admin' });
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report.totals).toEqual({
      cases: 3,
      closed: 2,
      onTimeRate: 1,
      satisfactionRate: 1,
      resolutionRate: 0.5,
      overdue: 1,
      supervised: 1,
    });
    expect(
      report.byArea.map((r: { areaId: string; cases: number; overdue: number }) => [
        r.areaId,
        r.cases,
        r.overdue,
      ]),
    ).toEqual([
      ['twp-east', 2, 1],
      ['twp-west', 1, 0],
    ]);
    expect(report.trend).toEqual([
      expect.objectContaining({ period: '2026-03', opened: 3, closed: 2 }),
    ]);
  });

  it('counts only the caller’s areas, one level below them', async () => {
    const { h } = await world();
    const west = await (await h.request('/kpis', { as: 'lead-west' })).json();
    expect(west.totals).toMatchObject({ cases: 1, closed: 1, resolutionRate: 0, overdue: 0 });
    expect(west.byArea.map((r: { areaId: string }) => r.areaId)).toEqual(['com-w1']);
  });

  it('leaves out cases outside the period', async () => {
    const { h } = await world();
    const report = await (await h.request('/kpis?from=2026-04-01', { as: 'admin' })).json();
    expect(report.totals).toMatchObject({ cases: 0, closed: 0, onTimeRate: 0 });
  });

  it('refuses a malformed period with request.invalid', async () => {
    const h = await createHarness();
    const res = await h.request('/kpis?from=March', { as: 'admin' });
    expect([res.status, (await res.json()).code]).toEqual([400, 'request.invalid']);
  });
});
