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

  it('streams a ledger of thousands of cases page by page, complete and masked', async () => {
    const h = await createHarness();
    await h.publish();
    const first = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a', data: fixtureReport });
    const record = await h.store.getCase('demo-county', first.id);
    if (!record) throw new Error('case not stored');
    const COUNT = 2500;
    for (let i = 1; i < COUNT; i++) {
      const id = `X-${String(i).padStart(5, '0')}`;
      const createdAt = new Date(Date.parse(record.createdAt) + i * 1000).toISOString();
      await h.store.commit({
        case: { ...record, id, createdAt, updatedAt: createdAt },
        expectedVersion: null,
        history: [
          {
            ...{ caseId: id, seq: 1, at: createdAt },
            actor: { userId: 'grid-e1a' },
            action: 'create',
            from: [],
            to: record.stages,
          },
        ],
        deadlinesSet: [],
        deadlinesCancel: [],
        outbox: [],
        audit: [],
      });
    }
    const limits: (number | undefined)[] = [];
    const listCases = h.store.listCases.bind(h.store);
    h.store.listCases = async (query) => {
      limits.push(query.limit);
      return listCases(query);
    };
    const res = await h.request('/export/cases.csv', { as: 'admin' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder().decode(await res.arrayBuffer());
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(COUNT + 1);
    const ids = lines.slice(1).map((line) => line.split(',')[0]);
    expect(new Set(ids).size).toBe(COUNT);
    expect(ids[0]).toBe(first.id); // oldest first
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    expect(text.split('**************002X').length - 1).toBeGreaterThanOrEqual(COUNT);
    // read a page at a time, never the whole ledger at once
    expect(limits.length).toBeGreaterThan(2);
    expect(Math.max(...limits.map((l) => l ?? Number.POSITIVE_INFINITY))).toBeLessThanOrEqual(500);
    const audit = (await h.store.readAudit()).find((e) => e.action === 'export.csv');
    expect(audit?.detail).toMatchObject({ rows: COUNT, total: COUNT });
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
