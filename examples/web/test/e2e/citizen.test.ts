/**
 * Issue 10's story on a 360 px phone: a citizen scans the poster's code, reports a dispute with a
 * photo and gets a tracking code; the grid member triages and settles it on the spot from their
 * phone; the citizen sees the case close, rates it 1, and the case goes back to triage by the
 * county's rules. Screenshots of every step go to examples/artifacts/citizen-*.png.
 */

import type { Page } from 'playwright';
import decodeQR from 'qr/decode.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fact } from './caseSteps';
import { type E2e, PHONE, startE2e } from './startE2e';

/** A 1 × 1 PNG: what a phone camera sends, in miniature. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SUMMARY = '楼道长期堆放杂物，邻居协商不成';

let e2e: E2e;
let citizen: Page;
let code = '';
let secret = '';
let caseId = '';

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

/** Nothing on the page is wider than the phone. */
async function fitsThePhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
}

async function lookUp(page: Page, withSecret: string) {
  await page.getByLabel('查询码').fill(code);
  await page.getByLabel('查询密码').fill(withSecret);
  await page.getByRole('button', { name: '查询', exact: true }).click();
}

describe('a citizen reports from a phone, a grid member handles it from theirs', () => {
  it('the poster’s QR code opens the county’s reporting page', async () => {
    const poster = await e2e.visit('/report/fengyuan/qr', { phone: true });
    await poster.locator('.public-poster__county', { hasText: '枫源县' }).waitFor();
    // read the code the way a phone camera does: the pixels, decoded
    const image = await poster.getByTestId('report-qr').evaluate(async (figure) => {
      const svg = figure.querySelector('svg') as SVGSVGElement;
      const source = new XMLSerializer().serializeToString(svg);
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 300;
      canvas.height = 300;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 300, 300);
      ctx.drawImage(img, 0, 0, 300, 300);
      return Array.from(ctx.getImageData(0, 0, 300, 300).data);
    });
    const url = decodeQR({ width: 300, height: 300, data: new Uint8ClampedArray(image) });
    expect(url).toBe(`${e2e.server.url}/report/fengyuan`);
    await fitsThePhone(poster);
    await e2e.shot(poster, 'citizen-0-poster');
  });

  it('a citizen reports a dispute with a photo (a reload loses nothing) and gets a code', async () => {
    citizen = await e2e.visit('/report/fengyuan', { phone: true });
    const page = citizen;
    await page.getByRole('heading', { name: '枫源县 · 群众反映' }).waitFor();
    await page.getByRole('heading', { name: '反映矛盾纠纷' }).waitFor();
    await page.getByLabel(/^简要说明/).fill(SUMMARY);
    await page.getByLabel(/^纠纷类别/).selectOption({ label: '邻里纠纷' });
    await page.getByLabel('乡镇（街道）').selectOption({ label: '城关街道' });
    await page.getByLabel('社区（村）').selectOption({ label: '城东社区' });
    await page.getByLabel('网格', { exact: true }).selectOption({ label: '城东社区第一网格' });
    // the phone is put away mid-way: the page comes back with what was typed
    await page.waitForFunction(() =>
      Object.keys(window.localStorage).some((k) => k.startsWith('gridcase.draft.public:fengyuan')),
    );
    await page.reload();
    await expect.poll(() => page.getByLabel(/^简要说明/).inputValue()).toBe(SUMMARY);
    await expect
      .poll(() => page.getByLabel('网格', { exact: true }).inputValue())
      .toBe('fy-cg-cd-g1');
    const photo = page.getByLabel(/^现场照片/);
    expect(await photo.getAttribute('capture')).toBe('environment');
    await photo.setInputFiles({ name: '楼道.png', mimeType: 'image/png', buffer: PHOTO });
    await page.getByRole('img', { name: '楼道.png' }).waitFor();
    await page
      .getByLabel(/^详细情况/)
      .fill('三楼楼道堆满纸箱和旧家具，晚上看不清容易绊倒，和邻居说过两次都没有清理。');
    await page.getByLabel(/^联系电话/).fill('13905710123');
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-1-report');

    await page.getByRole('button', { name: '提交反映' }).click();
    await page.getByRole('heading', { name: '已收到您的反映' }).waitFor();
    code = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
    secret = (await page.getByTestId('tracking-secret').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[A-Z]+-[A-Z0-9]{4}-[A-Z0-9]{2}$/);
    expect(secret).toHaveLength(8);
    // the draft with the phone number is gone from the phone
    expect(
      await page.evaluate(() =>
        Object.keys(window.localStorage).filter((k) => k.startsWith('gridcase.draft.')),
      ),
    ).toEqual([]);
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-2-receipt');

    await page.getByRole('button', { name: '查看办理进度' }).click();
    await expect.poll(() => page.getByTestId('status-stage').textContent()).toBe('待分流');
    await page.getByText('已收到您的反映').waitFor();
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-3-status-open');
  });

  it('a wrong secret shows nothing of the case', async () => {
    const other = await e2e.visit(`/track/fengyuan?code=${code}`, { phone: true });
    await lookUp(other, 'WRONG234');
    await other.getByText('查询码或密码不正确').waitFor();
    await other.getByText('错误代码：public.trackingNotFound').waitFor();
    expect(await other.getByTestId('status-stage').count()).toBe(0);
    expect(await other.content()).not.toContain(SUMMARY);
  });

  it('the grid member triages it from a phone and settles it on the spot', async () => {
    const page = await e2e.signIn('fy-grid-cd1', { phone: true });
    await page.getByRole('link', { name: '我的待办' }).click();
    await page.getByRole('radio', { name: '本辖区' }).check();
    await page.getByRole('searchbox', { name: '搜索编号或事项' }).fill('楼道长期堆放杂物');
    const row = page.locator('tr', { hasText: '楼道长期堆放杂物' });
    await row.waitFor();
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-4-grid-worklist');
    await row.getByRole('button').click();
    await fact(page, '当前环节').waitFor();
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(await fact(page, '当前环节').textContent()).toBe('待分流');
    await page.getByText('楼道.png').first().waitFor();

    // half the form, then the page reloads (a call, a dead spot): the draft is still there
    await page.getByRole('button', { name: '就地化解', exact: true }).click();
    const note = '已上门协调，双方当场清理楼道杂物，约定今后不再堆放。';
    await page.locator('.gc-action-panel').getByLabel('化解情况').fill(note);
    await page.reload();
    await page.getByRole('button', { name: '就地化解', exact: true }).click();
    await expect
      .poll(() => page.locator('.gc-action-panel').getByLabel('化解情况').inputValue())
      .toBe(note);
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-5-grid-case');
    await page.getByRole('button', { name: '取消' }).click();
    await act(page, '就地化解', async (form) => {
      await form.getByLabel('轻微').check();
    });
    await expect.poll(() => fact(page, '当前环节').textContent()).toBe('就地化解');
    await fitsThePhone(page);
  });

  it('the citizen sees the case closed, rates it 1, and it goes back to triage', async () => {
    const page = citizen;
    await page.reload();
    // the secret stays with the citizen, not in the address: asked again after a reload
    await lookUp(page, secret);
    await page.getByText('已办结').waitFor();
    await page.getByText('就地化解', { exact: true }).first().waitFor();
    expect(await page.content()).not.toContain('已上门协调');
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-6-status-closed');

    await page.getByRole('radio', { name: '1 分 · 很不满意' }).check();
    await page.getByLabel('意见建议（可不填）').fill('杂物第二天又堆回来了');
    await page.getByRole('button', { name: '提交评价' }).click();
    await page.getByText('已按规定重新办理').waitFor();
    await expect.poll(() => page.getByTestId('status-stage').textContent()).toBe('待分流');
    await page.getByText('您的评价：1 分 · 很不满意').waitFor();
    await fitsThePhone(page);
    await e2e.shot(page, 'citizen-7-rated-reopened');

    const reopened = await e2e.api('fy-grid-cd1', 'GET', `/cases/${caseId}`);
    expect(reopened.body.case).toMatchObject({
      status: 'active',
      stages: ['dispute-mediation.registered'],
      context: { reopenCount: 1 },
      citizen: { trackingCode: code, rating: { score: 1 } },
    });
  });
});
