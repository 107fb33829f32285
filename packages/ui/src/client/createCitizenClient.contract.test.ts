/**
 * The citizen client against the real gridcase server (an in-process Hono app on the memory
 * store, the demo county with its dispute type opened to citizens): the whole channel as a
 * citizen's page calls it, and the refusals it must show.
 */
import { disputeMediation } from '@gridcase/engine';
import { DEMO_COUNTY_ID, installDefinition, seedDemo } from '@gridcase/server';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CitizenClient } from './citizenTypes';
import { testServer } from './contractTestServer';
import { createCitizenClient } from './createCitizenClient';
import { createHttpClient } from './createHttpClient';
import { GridcaseApiError } from './GridcaseApiError';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const report = {
  caseType: 'dispute',
  area: 'grid-e1a',
  data: {
    summary: '楼道堆放杂物引发邻里纠纷',
    category: 'neighbour',
    reporterName: '张群众',
    reporterPhone: '13800138000',
  },
};

let citizen: CitizenClient;
let server: Awaited<ReturnType<typeof testServer>>;

beforeEach(async () => {
  server = await testServer({
    publicChannel: { reportsPerAddress: { capacity: 2, perSecond: 1 / 3600 } },
  });
  await seedDemo(server.app, { cases: false });
  const channel = { ...disputeMediation.meta?.public, form: 'publicReport', enabled: true };
  await installDefinition(
    server.store,
    DEMO_COUNTY_ID,
    { ...disputeMediation, meta: { ...disputeMediation.meta, public: channel } },
    { by: 'test', at: server.clock.now().toISOString() },
  );
  citizen = createCitizenClient({
    baseUrl: 'http://county.test',
    countyId: DEMO_COUNTY_ID,
    fetch: server.fetchFrom('198.51.100.7'),
    locale: 'zh-CN',
  });
});

async function staff(username: string) {
  const token = await server.login(username);
  const fetch = server.fetchFrom('10.0.0.1');
  return createHttpClient({ baseUrl: 'http://county.test', token, fetch });
}

const refusal = (err: unknown) => {
  expect(err).toBeInstanceOf(GridcaseApiError);
  const e = err as GridcaseApiError;
  return { status: e.status, code: e.code, message: e.message, hint: e.hint };
};

describe('createCitizenClient against the gridcase server', () => {
  it('reads the public form, uploads a photo, reports, tracks and rates the closed case', async () => {
    const intake = await citizen.intake();
    expect(intake.county.id).toBe(DEMO_COUNTY_ID);
    expect(intake.caseTypes.map((c) => c.caseType)).toEqual(['dispute']);
    expect(intake.caseTypes[0]?.formTitle?.['zh-CN']).toBe('反映矛盾纠纷');
    expect(intake.areas.some((a) => a.id === 'grid-e1a' && a.level === 'grid')).toBe(true);

    const photo = await citizen.uploadPhoto(new Blob([PNG], { type: 'image/png' }), '楼道.png');
    expect(photo).toMatchObject({ name: '楼道.png', contentType: 'image/png' });
    const receipt = await citizen.report({ ...report, uploads: [photo.uploadId] });
    expect(receipt.trackingCode).toMatch(/^[A-Z]+-[A-Z0-9]{4}-[A-Z0-9]{2}$/);

    const open = await citizen.track(receipt.trackingCode, receipt.secret);
    expect(open).toMatchObject({ status: 'open', stage: { id: 'registered' }, canRate: false });
    // the code in lower case, with spaces around, is the same code
    const again = await citizen.track(` ${receipt.trackingCode.toLowerCase()} `, receipt.secret);
    expect(again.trackingCode).toBe(receipt.trackingCode);

    const grid = await staff('grid-e1a');
    const mine = await grid.worklist('area', { q: '楼道堆放杂物' });
    const caseId = mine.items[0]?.id ?? '';
    expect((await grid.listAttachments(caseId)).map((a) => a.name)).toEqual(['楼道.png']);
    await grid.runCommand(caseId, {
      type: 'settleOnSpot',
      data: { result: '双方已清理楼道', severity: 'minor' },
    });
    const closed = await citizen.track(receipt.trackingCode, receipt.secret);
    expect(closed).toMatchObject({ status: 'closed', outcome: { id: 'settledOnSpot' } });
    expect(closed.canRate).toBe(true);

    const rated = await citizen.rate(receipt.trackingCode, receipt.secret, { score: 1 });
    expect(rated).toMatchObject({
      status: 'open',
      stage: { id: 'registered' },
      rating: { score: 1 },
    });
    expect((await grid.getCase(caseId)).case.context).toMatchObject({ reopenCount: 1 });
  });

  it('shows nothing for a wrong secret: the same coded 404 as an unknown code', async () => {
    const receipt = await citizen.report(report);
    const wrong = await citizen.track(receipt.trackingCode, 'WRONG234').catch((e: unknown) => e);
    const unknown = await citizen.track('DM-AAAA-AA', receipt.secret).catch((e: unknown) => e);
    expect(refusal(wrong)).toEqual({
      status: 404,
      code: 'public.trackingNotFound',
      message: '查询码或密码不正确',
      hint: '请核对提交后得到的查询码和密码。',
    });
    expect(refusal(unknown)).toEqual(refusal(wrong));
    const rating = await citizen
      .rate(receipt.trackingCode, 'WRONG234', { score: 5 })
      .catch((e: unknown) => e);
    expect(refusal(rating).code).toBe('public.trackingNotFound');
  });

  it('answers the abuse limits with coded refusals a citizen understands', async () => {
    const first = await citizen.report(report);
    const twice = await citizen.report(report).catch((e: unknown) => e);
    expect(refusal(twice)).toMatchObject({ status: 409, code: 'public.duplicate' });
    await citizen
      .report({ ...report, data: { ...report.data, summary: '另一件事' } })
      .catch(() => undefined);
    const limited = await citizen
      .report({ ...report, data: { ...report.data, summary: '第三件事' } })
      .catch((e: unknown) => e);
    expect(refusal(limited)).toMatchObject({
      status: 429,
      code: 'public.rateLimited',
      message: '提交太频繁了',
    });
    expect(refusal(limited).hint).toMatch(/^请在 \d+ 秒后再试。$/);
    const honeypot = await createCitizenClient({
      baseUrl: 'http://county.test',
      countyId: DEMO_COUNTY_ID,
      fetch: server.fetchFrom('198.51.100.8'),
      locale: 'en',
    })
      .report({ ...report, website: 'http://spam.example' })
      .catch((e: unknown) => e);
    expect(refusal(honeypot)).toMatchObject({
      status: 400,
      code: 'public.rejected',
      message: 'This submission was not accepted',
    });
    const big = await citizen
      .uploadPhoto(new Blob([PNG, new Uint8Array(6 * 1024 * 1024)], { type: 'image/png' }), 'a.png')
      .catch((e: unknown) => e);
    expect(refusal(big)).toMatchObject({ status: 413, code: 'public.uploadTooLarge' });
    expect(first.secret).toHaveLength(8);
  });
});
