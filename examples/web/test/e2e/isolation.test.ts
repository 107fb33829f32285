import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, startE2e } from './startE2e';

let e2e: E2e;
let disputeId: string;
let hazardId: string;

/** Opens a case through the API as the grid member of its grid. */
async function open(as: string, definitionId: string, areaId: string, data: unknown) {
  const res = await e2e.api(as, 'POST', '/cases', { definitionId, areaId, data });
  expect(res.status).toBe(201);
  return res.body.case!.id;
}

/** Searches the all-cases list for a case id. */
async function searchCases(page: Page, caseId: string) {
  await page.getByRole('link', { name: '案件查询' }).click();
  await page.getByRole('searchbox', { name: '搜索编号或事项' }).fill(caseId);
}

beforeAll(async () => {
  e2e = await startE2e();
  disputeId = await open('fy-grid-cd1', 'dispute-mediation', 'fy-cg-cd-g1', {
    summary: '楼道堆物邻里纠纷',
    category: 'neighbour',
    severity: 'minor',
    source: 'gridPatrol',
    parties: [
      { name: '张建国', role: 'applicant' },
      { name: '李秀英', role: 'respondent' },
    ],
  });
  hazardId = await open('lh-grid-wh1', 'hazard-rectification', 'lh-hb-wh-g1', {
    title: '小区消防通道被占用',
    category: 'fire',
    location: { address: '望湖小区3幢' },
    photos: [{ id: 'att-e2e-isolation', name: '现场照片.png' }],
  });
});
afterAll(() => e2e?.close());

const cases = () =>
  [
    { owner: 'fy-grid-cd1', other: 'fy-grid-cd2', caseId: disputeId, action: 'settleOnSpot' },
    { owner: 'lh-grid-wh1', other: 'lh-grid-wh2', caseId: hazardId, action: 'fixOnSpot' },
  ] as const;

describe('a grid member of another grid of the same community', () => {
  it('sees the case neither in the worklist nor in the case list, while its own grid member does', async () => {
    for (const { owner, other, caseId } of cases()) {
      const mine = await e2e.signIn(owner);
      await searchCases(mine, caseId);
      await mine.getByRole('button', { name: caseId }).waitFor();

      const page = await e2e.signIn(other);
      await page.getByRole('radio', { name: '本辖区' }).check();
      await expect.poll(() => page.getByRole('button', { name: caseId }).count()).toBe(0);
      await searchCases(page, caseId);
      await page.getByText('没有符合条件的案件').waitFor();
      expect(await page.getByRole('button', { name: caseId }).count()).toBe(0);
      await e2e.shot(page, `isolation-${other}-search`);
    }
  });

  it('cannot open the case by its address in the browser', async () => {
    for (const { other, caseId } of cases()) {
      const page = await e2e.signIn(other);
      await page.goto(`${e2e.server.url}/cases/${caseId}`);
      await page.getByText('案件不存在').waitFor();
      await expect.poll(() => page.getByRole('button', { name: '当场整改' }).count()).toBe(0);
      await e2e.shot(page, `isolation-${other}-case`);
    }
  });

  it('can neither read nor act on the case through the API', async () => {
    for (const { owner, other, caseId, action } of cases()) {
      expect((await e2e.api(owner, 'GET', `/cases/${caseId}`)).status).toBe(200);
      const read = await e2e.api(other, 'GET', `/cases/${caseId}`);
      expect(read.status).toBe(404);
      expect(read.body.code).toBe('case.notFound');
      for (const path of ['/history', '/actions', '/comments', '/attachments']) {
        expect((await e2e.api(other, 'GET', `/cases/${caseId}${path}`)).status).toBe(404);
      }
      const act = await e2e.api(other, 'POST', `/cases/${caseId}/commands`, {
        type: action,
        data: { result: '已劝解', measures: '已清理', photosAfter: [{ id: 'x', name: 'x.png' }] },
      });
      expect(act.status).toBe(404);
      const comment = await e2e.api(other, 'POST', `/cases/${caseId}/comments`, {
        text: '我来看看',
      });
      expect(comment.status).toBe(404);
      // nothing changed: the case is where its owner left it
      const after = await e2e.api(owner, 'GET', `/cases/${caseId}`);
      expect(after.body.case!.version).toBe(1);
    }
  });
});
