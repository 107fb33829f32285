import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mobileLayoutProblems } from '../../../../scripts/mobileLayout';
import { fakeCitizenClient, TRACKING_CODE } from '../fixtures/citizen';
import { CitizenReport } from '../index';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DRAFT = 'gridcase.draft.public:heping:dispute';

beforeEach(() => page.viewport(360, 740));
afterEach(async () => {
  window.localStorage.clear();
  await page.viewport(414, 896);
});

describe('CitizenReport on a citizen’s phone (360 px)', () => {
  it('fits the screen with 44 px targets, keeps a draft across a reload, and sends the report', async () => {
    const client = fakeCitizenClient();
    const report = vi.spyOn(client, 'report');
    const first = await render(<CitizenReport client={client} />);
    await userEvent.fill(await page.getByLabelText(/^简要说明/), '楼道堆放杂物，影响通行');
    await userEvent.selectOptions(page.getByLabelText('乡镇（街道）'), '城关镇');
    await userEvent.selectOptions(page.getByLabelText('社区（村）'), '北街社区');
    await userEvent.upload(
      page.getByLabelText(/^现场照片/),
      new File([PNG], '楼道.png', { type: 'image/png' }),
    );
    await expect.element(page.getByRole('img', { name: '楼道.png' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: '提交反映' }));
    await expect.element(page.getByText('此项为必填项').first()).toBeVisible();
    expect(mobileLayoutProblems(first.container)).toEqual([]);
    expect(report).not.toHaveBeenCalled();
    await first.unmount();

    // the page again (a reload): what was typed is back, the photo too (without its page-only URL)
    const second = await render(<CitizenReport client={client} />);
    await expect.element(page.getByLabelText(/^简要说明/)).toHaveValue('楼道堆放杂物，影响通行');
    await expect.element(page.getByLabelText('社区（村）')).toHaveValue('beijie');
    await expect.element(page.getByText('楼道.png')).toBeVisible();
    await userEvent.selectOptions(page.getByLabelText(/^纠纷类别/), '邻里纠纷');
    await userEvent.fill(page.getByLabelText(/^联系电话/), '13800138000');
    await userEvent.click(page.getByRole('button', { name: '提交反映' }));
    await expect.element(page.getByTestId('tracking-code')).toHaveTextContent(TRACKING_CODE);
    expect(report).toHaveBeenCalledWith({
      caseType: 'dispute',
      data: {
        summary: '楼道堆放杂物，影响通行',
        category: 'neighbour',
        reporterPhone: '13800138000',
      },
      area: 'beijie',
      uploads: ['up_楼道.png'],
    });
    expect(window.localStorage.getItem(DRAFT)).toBeNull();
    expect(mobileLayoutProblems(second.container)).toEqual([]);
  });

  it('keeps the draft when the report is refused, and sends the honeypot when filled', async () => {
    const client = fakeCitizenClient({ refuse: { report: 'public.rejected' } });
    const report = vi.spyOn(client, 'report');
    await render(<CitizenReport client={client} defaultArea="grid-1" />);
    await userEvent.fill(await page.getByLabelText(/^简要说明/), '机器人填写的内容');
    await userEvent.selectOptions(page.getByLabelText(/^纠纷类别/), '其他');
    await userEvent.fill(page.getByLabelText(/^联系电话/), '13800138000');
    // people never see this field; robots fill it
    await userEvent.fill(page.getByLabelText('网址（请勿填写此项）'), 'http://spam.example');
    await userEvent.click(page.getByRole('button', { name: '提交反映' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('这次提交没有被接受');
    expect(report).toHaveBeenCalledWith(
      expect.objectContaining({ area: 'grid-1', website: 'http://spam.example' }),
    );
    expect(JSON.parse(window.localStorage.getItem(DRAFT) ?? '{}').values).toMatchObject({
      summary: '机器人填写的内容',
    });
  });
});
