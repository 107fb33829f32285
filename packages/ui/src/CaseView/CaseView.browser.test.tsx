import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mobileLayoutProblems } from '../../../../scripts/mobileLayout';
import { DEMO_NOW, demoCounty } from '../fixtures/demoCounty';
import { CaseView, GridcaseProvider } from '../index';

const now = () => DEMO_NOW;

describe('CaseView on the engine, through the provider’s client', () => {
  it('runs an action: the form checks in zh-CN, then the engine moves the case on', async () => {
    const { client, cases } = await demoCounty();
    const id = cases[0] as string;
    await render(
      <GridcaseProvider client={client} now={now}>
        <CaseView caseId={id} />
      </GridcaseProvider>,
    );
    await expect.element(page.getByRole('heading', { name: '楼上漏水引发邻里纠纷' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: '引导其他渠道' }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByText('此项为必填项').first()).toBeVisible();

    await userEvent.click(page.getByRole('radio', { name: '诉讼' }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByText('已办理：引导其他渠道')).toBeVisible();
    await expect.element(page.getByText('已办结', { exact: true })).toBeVisible();
    const history = page.getByRole('listitem', { name: '第 2 步' });
    await expect.element(history).toHaveTextContent('李民警');
    await expect.element(history).toHaveTextContent('引导其他渠道');
    expect((await client.getCase(id)).case.status).toBe('done');
  });

  it('tells the user when someone else changed the case first (409), and reloads it', async () => {
    const { client, cases } = await demoCounty();
    const id = cases[1] as string;
    await render(
      <GridcaseProvider client={client} now={now}>
        <CaseView caseId={id} />
      </GridcaseProvider>,
    );
    await userEvent.click(page.getByRole('button', { name: '引导其他渠道' }));
    await userEvent.click(page.getByRole('radio', { name: '仲裁' }));
    // meanwhile a colleague transfers the case: its version moves on
    await client.runCommand(id, { type: 'transfer', data: { toRole: 'mediator' } });
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByText('案件已被他人更新，请刷新后再办理。')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: '刷新案件' }));
    await expect
      .element(page.getByText('案件已被他人更新，请刷新后再办理。'))
      .not.toBeInTheDocument();
    // the reloaded case is the transferred one
    await expect.element(page.getByRole('listitem', { name: '第 2 步' })).toHaveTextContent('转办');
  });
});

describe('CaseView on a grid member’s phone (360 px)', () => {
  afterEach(async () => {
    window.localStorage.clear();
    await page.viewport(414, 896);
  });

  it('fits the screen with 44 px targets, the action form open', async () => {
    await page.viewport(360, 740);
    const { client, cases } = await demoCounty();
    const screen = await render(
      <GridcaseProvider client={client} now={now}>
        <CaseView caseId={cases[0] as string} />
      </GridcaseProvider>,
    );
    await userEvent.click(await page.getByRole('button', { name: '引导其他渠道' }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByText('此项为必填项').first()).toBeVisible();
    await expect.element(page.getByRole('listitem', { name: '第 1 步' })).toBeVisible();
    expect(mobileLayoutProblems(screen.container)).toEqual([]);
  });

  it('keeps a half-filled action form across a reload, and drops it once the action is done', async () => {
    const { client, cases } = await demoCounty();
    const id = cases[0] as string;
    const view = () => (
      <GridcaseProvider client={client} now={now}>
        <CaseView caseId={id} />
      </GridcaseProvider>
    );
    const first = await render(view());
    await userEvent.click(await page.getByRole('button', { name: '引导其他渠道' }));
    await userEvent.click(page.getByRole('radio', { name: '仲裁' }));
    await userEvent.fill(page.getByLabelText('说明'), '双方同意申请劳动仲裁，已告知仲裁委地址');
    await first.unmount();

    await render(view());
    await userEvent.click(await page.getByRole('button', { name: '引导其他渠道' }));
    await expect
      .element(page.getByLabelText('说明'))
      .toHaveValue('双方同意申请劳动仲裁，已告知仲裁委地址');
    await expect.element(page.getByRole('radio', { name: '仲裁' })).toBeChecked();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByText('已办理：引导其他渠道')).toBeVisible();
    expect(window.localStorage.getItem(`gridcase.draft.case:${id}:referOut`)).toBeNull();
    expect((await client.getCase(id)).case.context.data).toMatchObject({
      referralNote: '双方同意申请劳动仲裁，已告知仲裁委地址',
    });
  });
});
