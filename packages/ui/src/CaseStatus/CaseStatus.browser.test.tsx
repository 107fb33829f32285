import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mobileLayoutProblems } from '../../../../scripts/mobileLayout';
import { closedStatus, fakeCitizenClient, SECRET, TRACKING_CODE } from '../fixtures/citizen';
import { CaseStatus } from '../index';

afterEach(() => page.viewport(414, 896));

describe('CaseStatus on a citizen’s phone (360 px)', () => {
  it('looks the case up, fits the screen with 44 px targets, and takes a rating', async () => {
    await page.viewport(360, 740);
    const client = fakeCitizenClient({ status: closedStatus });
    const screen = await render(<CaseStatus client={client} />);
    expect(mobileLayoutProblems(screen.container)).toEqual([]);
    await userEvent.fill(page.getByLabelText('查询码'), TRACKING_CODE);
    await userEvent.fill(page.getByLabelText('查询密码'), SECRET);
    await userEvent.click(page.getByRole('button', { name: '查询' }));
    await expect.element(page.getByTestId('status-stage')).toHaveTextContent('已就地化解');
    expect(mobileLayoutProblems(screen.container)).toEqual([]);
    await userEvent.click(page.getByRole('radio', { name: '5 分 · 很满意' }));
    await userEvent.click(page.getByRole('button', { name: '提交评价' }));
    await expect.element(page.getByRole('status')).toHaveTextContent('感谢您的评价。');
    await expect.element(page.getByText('您的评价：5 分 · 很满意')).toBeVisible();
    await expect.element(page.getByRole('radio')).not.toBeInTheDocument();
  });
});
