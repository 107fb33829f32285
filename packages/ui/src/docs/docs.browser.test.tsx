import { disputeMediation } from '@gridcase/engine';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { makeDetail } from '../fixtures/caseDetail';
import { makeCases } from '../fixtures/cases';
import { fakeCitizenClient, SECRET, TRACKING_CODE } from '../fixtures/citizen';
import { demoCounty } from '../fixtures/demoCounty';
import { makeKpis } from '../fixtures/kpis';
import { FormAdmin, WorkflowAdmin } from './AdminPages';
import { CitizenPage, countyChannel } from './CitizenPages';
import { HostPage } from './HostPage';
import { CaseFromData, WorklistFromData } from './PlainProps';
import { CountyWording, ThemedDashboard } from './Theming';

// The samples of docs/ui.md, run: each renders and does what the guide says it does.
describe('docs/ui.md samples', () => {
  it('HostPage: the worklist opens a case in the case view', async () => {
    const { client, cases } = await demoCounty();
    await render(<HostPage client={client} />);
    await userEvent.click(page.getByRole('button', { name: `打开案件 ${cases[1]}` }));
    await expect.element(page.getByRole('heading', { name: '拖欠装修工人工资' })).toBeVisible();
  });

  it('WorklistFromData: plain data, the worklist pages it', async () => {
    const onOpen = vi.fn();
    await render(<WorklistFromData cases={makeCases(25)} onOpen={onOpen} />);
    await expect.element(page.getByText('第 1 / 3 页，共 25 件')).toBeVisible();
  });

  it('CaseFromData: the host’s own call; its 422 lands on the field in zh-CN', async () => {
    const issues = [{ path: 'mediatedOn', code: 'date.future', message: '调解日期不能晚于今天' }];
    const send = vi.fn(async () =>
      Response.json(
        { code: 'form.invalid', message: '表单有误', details: { issues } },
        { status: 422 },
      ),
    );
    await render(<CaseFromData detail={makeDetail()} send={send} />);
    await userEvent.click(page.getByRole('button', { name: '记录调解结果' }));
    await userEvent.fill(page.getByLabelText('调解日期'), '2026-12-01');
    await userEvent.click(page.getByRole('radio', { name: '调解不成' }));
    await userEvent.fill(page.getByLabelText('申请人身份证号'), '11010519491231002X');
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByLabelText('调解日期')).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(page.getByRole('alert').filter({ hasText: '服务器校验未通过' }))
      .toHaveTextContent('调解日期不能晚于今天');
    expect(send).toHaveBeenCalledWith(
      'GC-2026-1001',
      'RECORD_RESULT',
      expect.objectContaining({ result: 'failed' }),
    );
  });

  it('ThemedDashboard: English, and the theme as CSS variables on the component root', async () => {
    await render(<ThemedDashboard report={makeKpis()} />);
    await expect.element(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    const root = page
      .getByRole('heading', { name: 'Dashboard' })
      .element()
      .closest('.gc-root') as HTMLElement;
    expect(root.style.getPropertyValue('--gc-primary')).toBe('#9f1239');
    expect(getComputedStyle(root).getPropertyValue('--gc-radius').trim()).toBe('2px');
  });

  it('CountyWording: the county’s own text replaces the shipped one', async () => {
    await render(<CountyWording cases={makeCases(2)} />);
    await expect.element(page.getByRole('heading', { name: '我的待办件' })).toBeVisible();
  });

  it('WorkflowAdmin: saving stores a draft through the client', async () => {
    const { client } = await demoCounty();
    const saveDraft = vi.spyOn(client, 'saveDraft');
    await render(<WorkflowAdmin client={client} draft={disputeMediation} />);
    await userEvent.click(page.getByRole('button', { name: '保存草稿' }));
    await expect.element(page.getByText('草稿已保存')).toBeVisible();
    expect(saveDraft).toHaveBeenCalledWith('dispute-mediation', disputeMediation);
    expect((await client.getDefinition('dispute-mediation', 'draft')).status).toBe('draft');
  });

  it('FormAdmin: a form that passes the gate is saved', async () => {
    const save = vi.fn();
    await render(<FormAdmin form={disputeMediation.forms.referral!} save={save} />);
    await userEvent.click(page.getByRole('button', { name: '保存表单' }));
    await expect.element(page.getByText('表单已保存')).toBeVisible();
    expect(save).toHaveBeenCalledWith(
      disputeMediation.forms.referral,
      expect.objectContaining({ ok: true }),
    );
  });

  it('CitizenPage: the report’s receipt opens its status; countyChannel calls /api/public', async () => {
    await render(<CitizenPage citizen={fakeCitizenClient()} />);
    await userEvent.fill(await page.getByLabelText(/^简要说明/), '楼道堆放杂物，影响通行');
    await userEvent.selectOptions(page.getByLabelText(/^纠纷类别/), '邻里纠纷');
    await userEvent.fill(page.getByLabelText(/^联系电话/), '13800138000');
    await userEvent.selectOptions(page.getByLabelText('乡镇（街道）'), '城关镇');
    await userEvent.click(page.getByRole('button', { name: '提交反映' }));
    await userEvent.click(page.getByRole('button', { name: '查看办理进度' }));
    await expect.element(page.getByTestId('status-stage')).toHaveTextContent('待分流');
    await expect.element(page.getByText(TRACKING_CODE)).toBeVisible();

    const fetch = vi.fn(async () => Response.json({ trackingCode: TRACKING_CODE }));
    vi.stubGlobal('fetch', fetch);
    try {
      await countyChannel('fengyuan').track(TRACKING_CODE, SECRET);
      const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
      expect(url).toBe(`/api/public/fengyuan/track/${TRACKING_CODE}`);
      const headers = new Headers(init.headers);
      expect([headers.get('x-tracking-secret'), headers.get('authorization')]).toEqual([
        SECRET,
        null,
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
