import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';
import { csvCell } from './csv';

describe('GET /export/cases.csv', () => {
  it('exports the caller’s cases with personal data masked, and audits the export', async () => {
    const h = await createHarness();
    await h.publish();
    const east = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a', data: fixtureReport });
    await h.open({ as: 'grid-w1a', areaId: 'grid-w1a', data: { title: '西山纠纷' } });
    const res = await h.request('/export/cases.csv', { as: 'lead-east' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('案件编号,')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(east.id);
    expect(text).toContain('**************002X');
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text).not.toContain('西山纠纷');
    const audit = (await h.store.readAudit()).find((e) => e.action === 'export.csv');
    expect(audit).toMatchObject({ actor: { userId: 'lead-east' }, detail: { rows: 1 } });
  });

  it('is rate-limited per user', async () => {
    const h = await createHarness({ limits: { exports: { capacity: 1, perSecond: 1 / 60 } } });
    expect((await h.request('/export/cases.csv', { as: 'admin' })).status).toBe(200);
    const second = await h.request('/export/cases.csv', { as: 'admin' });
    expect([second.status, (await second.json()).code]).toEqual([429, 'rate.limited']);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
