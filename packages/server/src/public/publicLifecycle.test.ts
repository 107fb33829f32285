import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../testing/harness';
import { COUNTY, from, json, publicHarness, submit, track } from './publicTestKit';
import { publicCaseId } from './trackingCode';

let h: Harness;
afterEach(async () => h?.close());

/** Values only staff may see: names, user ids, ID numbers, internal fields, the reporter's data. */
const INTERNAL = [
  '陈民警',
  '孙调解员',
  '王网格',
  'police-e1',
  'mediator-east',
  'INTERNAL',
  '110101199003078515',
  '13800138000',
  '张群众',
  '楼道堆放杂物',
  'scrypt',
  'secretHash',
  'assignee',
  'areaPath',
];

/** Every public response's full JSON, checked against {@link INTERNAL} and the case id. */
async function publicJson(res: Response, caseId: string): Promise<Record<string, unknown>> {
  const text = await res.text();
  for (const value of [...INTERNAL, caseId]) expect(text, value).not.toContain(value);
  return JSON.parse(text) as Record<string, unknown>;
}

async function handleToResolved(caseId: string): Promise<void> {
  const steps: Array<[string, string, Record<string, unknown>?]> = [
    [
      'police-e1',
      'accept',
      { mediatorId: 'mediator-east', acceptanceNote: 'INTERNAL 请孙调解员牵头' },
    ],
    ['mediator-east', 'startMediation', { facts: 'INTERNAL 身份证 110101199003078515' }],
    ['mediator-east', 'reachAgreement', { terms: 'INTERNAL 协议条款', signedOn: '2026-03-03' }],
    ['mediator-east', 'scheduleFollowUp'],
    ['grid-e1a', 'recordVisit', { performed: true, satisfaction: 'satisfied', notes: 'INTERNAL' }],
  ];
  for (const [as, type, data] of steps) {
    const res = await h.command(caseId, as, type, data ? { data } : {});
    expect(res.status, `${type}: ${await res.clone().text()}`).toBe(200);
  }
  const comment = await h.request(`/cases/${caseId}/comments`, {
    method: 'POST',
    as: 'police-e1',
    json: { text: 'INTERNAL 陈民警的内部意见' },
  });
  expect(comment.status).toBe(201);
}

const rate = (code: string, secret: string, score: number, comment?: string) =>
  from(
    h,
    '198.51.100.9',
    `/public/${COUNTY}/track/${code}/rating`,
    json({ score, ...(comment ? { comment } : {}) }, { 'x-tracking-secret': secret }),
  );

describe('a citizen’s case from report to rating', () => {
  it('shows the citizen stage titles, dates and the outcome, never internal data', async () => {
    h = await publicHarness();
    const sent = await submit(h);
    const { trackingCode: code = '', secret = '' } = sent.body;
    const caseId = publicCaseId(COUNTY, code);
    expect(JSON.stringify(sent.body)).not.toContain(caseId);
    await handleToResolved(caseId);

    const status = await publicJson(await track(h, code, secret), caseId);
    expect(status).toMatchObject({
      status: 'closed',
      stage: { id: 'resolved', title: { 'zh-CN': '调解成功' } },
      outcome: { id: 'resolved', title: { 'zh-CN': '调解成功', en: 'Resolved' } },
      canRate: true,
    });
    expect((status.steps as Array<{ title: { en: string } }>).map((s) => s.title.en)).toEqual([
      'Report received',
      'Accept and assign',
      'Start mediation',
      'Reach agreement',
      'Schedule follow-up visit',
      'Record the visit',
    ]);
    const intake = await (await from(h, '198.51.100.9', `/public/${COUNTY}/intake`)).text();
    for (const name of ['陈民警', '孙调解员', 'police-e1', 'INTERNAL'])
      expect(intake).not.toContain(name);
  });

  it('takes one rating after closing; a 1 reopens the case by the template’s rule', async () => {
    h = await publicHarness();
    const { trackingCode: code = '', secret = '' } = (await submit(h)).body;
    const caseId = publicCaseId(COUNTY, code);
    const early = await rate(code, secret, 1);
    expect([early.status, ((await early.json()) as { code: string }).code]).toEqual([
      409,
      'public.ratingNotAllowed',
    ]);
    await handleToResolved(caseId);
    expect((await rate(code, 'WRONG234', 1)).status).toBe(404);

    const rated = await publicJson(await rate(code, secret, 1, 'INTERNAL 没解决'), caseId);
    expect(rated).toMatchObject({
      status: 'open',
      stage: { id: 'mediation', title: { 'zh-CN': '调解' } },
      canRate: false,
      rating: { score: 1 },
    });
    const record = await h.store.getCase(COUNTY, caseId);
    expect(record).toMatchObject({ status: 'active', context: { reopenCount: 1 } });
    expect(record?.stages).toEqual(['dispute-mediation.mediation.sessions']);
    const history = await h.store.getHistory(COUNTY, caseId);
    expect(history.slice(-2).map((e) => [e.action, e.actor.userId])).toEqual([
      ['citizenRated', 'citizen'],
      ['reopen', 'citizen'],
    ]);
    expect(history.at(-2)?.reason).toBe('INTERNAL 没解决');

    const again = await rate(code, secret, 5);
    expect([again.status, ((await again.json()) as { code: string }).code]).toEqual([
      409,
      'public.ratingNotAllowed',
    ]);
  });

  it('lets the grid member settle a citizen’s minor dispute on the spot; a 1 sends it back to triage', async () => {
    h = await publicHarness();
    const { trackingCode: code = '', secret = '' } = (await submit(h)).body;
    const caseId = publicCaseId(COUNTY, code);
    const settle = await h.command(caseId, 'grid-e1a', 'settleOnSpot', {
      data: { result: 'INTERNAL 双方已清理楼道', severity: 'minor' },
    });
    expect(settle.status).toBe(200);
    const closed = await publicJson(await track(h, code, secret), caseId);
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: { id: 'settledOnSpot' },
      canRate: true,
    });
    const rated = await publicJson(await rate(code, secret, 1), caseId);
    expect(rated).toMatchObject({
      status: 'open',
      stage: { id: 'registered' },
      rating: { score: 1 },
    });
  });

  it('keeps a well-rated case closed, rated once', async () => {
    h = await publicHarness();
    const { trackingCode: code = '', secret = '' } = (await submit(h)).body;
    const caseId = publicCaseId(COUNTY, code);
    await handleToResolved(caseId);
    const rated = await publicJson(await rate(code, secret, 5), caseId);
    expect(rated).toMatchObject({ status: 'closed', canRate: false, rating: { score: 5 } });
    expect((await h.store.getCase(COUNTY, caseId))?.status).toBe('done');
    expect((await rate(code, secret, 1)).status).toBe(409);
  });

  it('shows staff the tracking code and the rating, never the secret’s hash', async () => {
    h = await publicHarness();
    const { trackingCode: code = '' } = (await submit(h)).body;
    const caseId = publicCaseId(COUNTY, code);
    const view = await (await h.request(`/cases/${caseId}`, { as: 'police-e1' })).json();
    expect(view).toMatchObject({ case: { citizen: { trackingCode: code } } });
    expect(JSON.stringify(view)).not.toContain('scrypt');
  });

  it('documents every public route in /openapi.json', async () => {
    h = await publicHarness();
    const doc = (await (await h.request('/openapi.json')).json()) as { paths: object };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/public/'))).toEqual([
      '/public/{countyId}/intake',
      '/public/{countyId}/uploads',
      '/public/{countyId}/reports',
      '/public/{countyId}/track/{trackingCode}',
      '/public/{countyId}/track/{trackingCode}/rating',
    ]);
  });
});
