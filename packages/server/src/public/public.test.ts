import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../testing/harness';
import { COUNTY, from, openDispute, publicHarness, report, submit, track } from './publicTestKit';
import { publicCaseId } from './trackingCode';

let h: Harness;
afterEach(async () => h?.close());

describe('the citizen intake', () => {
  it('lists the public form of every case type the county opened, with its areas', async () => {
    h = await publicHarness();
    const res = await from(h, '198.51.100.1', `/public/${COUNTY}/intake`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      caseTypes: Array<{ caseType: string; schema: { required: string[] } }>;
      areas: Array<{ id: string }>;
    };
    expect(body.caseTypes.map((t) => t.caseType)).toEqual(['dispute']);
    expect(body.caseTypes[0]?.schema.required).toEqual(['summary', 'category', 'reporterPhone']);
    expect(body.caseTypes[0]).toMatchObject({ formTitle: { 'zh-CN': '反映矛盾纠纷' } });
    expect(body.areas.map((a) => a.id)).toContain('grid-e1a');
  });

  it('lists nothing the county has not opened, and refuses reports to it', async () => {
    h = await publicHarness();
    await h.publish({ ...openDispute, meta: { public: { form: 'publicReport', enabled: false } } });
    const res = await from(h, '198.51.100.1', `/public/${COUNTY}/intake`);
    expect(((await res.json()) as { caseTypes: unknown[] }).caseTypes).toEqual([]);
    const { res: refused, body } = await submit(h);
    expect([refused.status, body.code]).toEqual([404, 'public.caseTypeClosed']);
  });

  it('answers an unknown county with public.countyUnknown', async () => {
    h = await publicHarness();
    const res = await from(h, '198.51.100.1', '/public/nowhere/intake');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('public.countyUnknown');
  });
});

describe('a citizen report', () => {
  it('lands in the triage stage as the citizen, with a code and a secret whose hash alone is kept', async () => {
    h = await publicHarness();
    const { res, body } = await submit(h);
    expect(res.status).toBe(201);
    expect(Object.keys(body).sort()).toEqual(['secret', 'submittedAt', 'trackingCode']);
    expect(body.trackingCode).toMatch(/^DD-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    const record = await h.store.getCase(COUNTY, publicCaseId(COUNTY, body.trackingCode ?? ''));
    expect(record?.stages).toEqual(['dispute-mediation.registered']);
    expect(record?.areaPath).toEqual([COUNTY, 'twp-east', 'com-e1', 'grid-e1a']);
    expect(record?.citizen?.secretHash).toMatch(/^scrypt\$/);
    expect(JSON.stringify(record)).not.toContain(body.secret);
    const [created] = await h.store.getHistory(COUNTY, record?.id ?? '');
    expect(created?.actor).toMatchObject({ userId: 'citizen', system: true });
  });

  it('refuses data the public form does not allow with the form’s field issues', async () => {
    h = await publicHarness();
    const { res, body } = await submit(h, report({ reporterPhone: '12345', idNumber: 'x' }));
    expect([res.status, body.code]).toEqual([422, 'form.invalid']);
  });

  it('refuses a filled honeypot, a place outside the county and the same report twice', async () => {
    h = await publicHarness();
    const bot = await submit(h, { ...report(), website: 'http://spam.example' });
    expect([bot.res.status, bot.body.code]).toEqual([400, 'public.rejected']);
    const away = await submit(h, { ...report(), area: 'grid-elsewhere' });
    expect([away.res.status, away.body.code]).toEqual([422, 'public.areaUnknown']);
    expect((await submit(h, report(), '198.51.100.2')).res.status).toBe(201);
    const again = await submit(
      h,
      report({ summary: '  楼道堆放杂物引发邻里纠纷 ' }),
      '198.51.100.3',
    );
    expect([again.res.status, again.body.code]).toEqual([409, 'public.duplicate']);
    expect(JSON.stringify(again.body)).not.toMatch(/[2-9A-Z]{2}-[2-9A-Z]{4}-[2-9A-Z]{2}/);
  });
});

describe('following a case', () => {
  it('shows nothing to a wrong or missing secret: the same 404 as an unknown code', async () => {
    h = await publicHarness();
    const { body } = await submit(h);
    const code = body.trackingCode ?? '';
    const shape = async (res: Response) => {
      const { code: errorCode, message, hint } = (await res.json()) as Record<string, string>;
      return { status: res.status, errorCode, message, hint };
    };
    const unknown = await shape(await track(h, 'DD-2222-22', body.secret));
    expect(unknown).toMatchObject({ status: 404, errorCode: 'public.trackingNotFound' });
    expect(await shape(await track(h, code, 'WRONG234'))).toEqual(unknown);
    expect(await shape(await track(h, code))).toEqual(unknown);
    expect(await shape(await track(h, code, body.secret?.toLowerCase()))).toMatchObject({
      status: 200,
    });
    const ok = await track(h, code.toLowerCase().replaceAll('-', ' '), body.secret);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      trackingCode: code,
      stage: { id: 'registered', title: { 'zh-CN': '待分流' } },
      status: 'open',
      canRate: false,
    });
  });
});
