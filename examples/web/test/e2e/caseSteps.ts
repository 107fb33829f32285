import { join } from 'node:path';
import type { Locator, Page } from 'playwright';
import { ARTIFACTS } from './startE2e';

/**
 * The value of one fact of the open case (`当前环节`, `承办人`, ...).
 *
 * @example
 * ```ts
 * await expect.poll(() => fact(page, '当前环节').textContent()).toBe('整改中');
 * ```
 */
export function fact(page: Page, label: string): Locator {
  return page
    .locator('.gc-facts > div')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd');
}

/**
 * Takes an action on the open case: presses its button, fills its form, gives a reason when
 * asked, submits, and waits for the confirmation.
 *
 * @example
 * ```ts
 * await act(page, '验收通过', async (form) => form.getByLabel('复查情况').fill('已整改到位'));
 * ```
 */
export async function act(
  page: Page,
  action: string,
  fill?: (form: Locator) => Promise<void>,
  reason?: string,
): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const panel = page.locator('.gc-action-panel');
  await panel.waitFor();
  if (fill) await fill(panel);
  if (reason) await panel.getByLabel('理由').fill(reason);
  await panel.getByRole('button', { name: /^(提交|确认办理)$/ }).click();
  try {
    await page.getByText(`已办理：${action}`).waitFor();
  } catch (error) {
    // keep what the page showed instead of the confirmation, for whoever reads the failure
    const shot = join(ARTIFACTS, `failed-${action}-${Date.now()}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    throw new Error(`"${action}" was not confirmed (screenshot: ${shot})`, { cause: error });
  }
}

/**
 * Opens a case from the signed-in user's worklist (open cases in their areas) by its id.
 *
 * @example
 * ```ts
 * await openFromWorklist(page, caseId);
 * ```
 */
export async function openFromWorklist(page: Page, caseId: string): Promise<void> {
  await page.getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('radio', { name: '本辖区' }).check();
  await page.getByRole('searchbox', { name: '搜索编号或事项' }).fill(caseId);
  await page.getByRole('button', { name: caseId }).click();
  await fact(page, '当前环节').waitFor();
}
