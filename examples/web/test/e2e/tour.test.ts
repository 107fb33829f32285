import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, startE2e } from './startE2e';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

describe('the main pages, as a county sees them first', () => {
  it('signs in from a list of demo users grouped by role, per county', async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/`);
    await page.getByRole('heading', { name: '登录' }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['枫源县', '临湖县']);
    await page.getByRole('heading', { name: '社区民警' }).waitFor();
    await e2e.shot(page, 'main-1-sign-in');
    await page.getByRole('button', { name: '以张伟（社区民警）身份登录' }).click();
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('current-user').textContent()).toBe('张伟');
    await context.close();
  });

  it('shows the worklist and all cases of the user’s areas from the seeded months', async () => {
    const page = await e2e.signIn('fy-lead-cg');
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(3);
    await e2e.shot(page, 'main-2-worklist');
    await page.getByRole('link', { name: '案件查询' }).click();
    await expect.poll(() => page.locator('table tbody tr').count()).toBeGreaterThan(5);
    await e2e.shot(page, 'main-3-cases');
  });

  it('shows the county’s key figures on the dashboard', async () => {
    const page = await e2e.signIn('lh-admin');
    await page.getByRole('link', { name: '统计分析' }).click();
    await page.getByText('受理案件').first().waitFor();
    await page.locator('svg').first().waitFor();
    await e2e.shot(page, 'main-4-dashboard');
  });

  it('switches to English and back: header, navigation and components follow', async () => {
    const page = await e2e.signIn('fy-police-cd');
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('link', { name: 'My worklist' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('radio', { name: /area/i }).first().waitFor();
    await e2e.shot(page, 'main-5-worklist-en');
    await page.reload();
    await page.getByRole('link', { name: 'All cases' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '案件查询' }).waitFor();
  });
});
