import { disputeMediation } from '@gridcase/engine';
import { WorkflowDesigner } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { testRunDraft } from '../fixtures/definitions';

const meta = {
  title: 'Workflows/WorkflowDesigner/Simulate',
  component: WorkflowDesigner,
  args: { definition: testRunDraft, onChange: fn(), onSave: fn(), height: 320 },
} satisfies Meta<typeof WorkflowDesigner>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The paths of a draft (the dispute template): one per outcome in words, every step with who
 * acts and the deadlines; deleting a stage leaves outcomes no path reaches, named as such.
 */
export const PathsOfADraft: Story = {
  args: { definition: disputeMediation },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: '流程路径' }));
    const panel = within(canvas.getByRole('region', { name: '流程路径' }));
    await expect(panel.getByRole('status')).toHaveTextContent(
      '每个环节、每个办理结果、每个操作都有路径可以到达',
    );
    const resolved = panel.getByText('办理结果：调解成功').closest('li') as HTMLElement;
    await expect(resolved).toHaveTextContent(
      '待分流 → 调查核实 → 调解（调解中） → 已达成协议 → 回访 → 调解成功',
    );
    await userEvent.click(within(resolved).getByText('逐步说明（5 步）'));
    await expect(within(resolved).getByText(/^1\. 社区民警：受理并指派 → 调查核实/)).toBeVisible();
    await expect(
      within(resolved).getByText(/^5\. 网格员或人民调解员：登记回访（条件：协议已履行为“是”/),
    ).toBeVisible();

    // delete 调解不成 (mediation failed): nothing leads to the referrals any more
    const stages = within(canvas.getByRole('navigation', { name: '环节列表' }));
    await userEvent.click(stages.getByRole('button', { name: /^调解不成/ }));
    await userEvent.keyboard('{Delete}');
    await waitFor(() =>
      expect(panel.getByRole('status')).toHaveTextContent('没有任何路径能到达以下内容'),
    );
    await expect(panel.getByRole('status')).toHaveTextContent('环节：已转诉讼');
    await expect(panel.getByRole('status')).toHaveTextContent('办理结果：转诉讼');
    await expect(panel.queryByText('办理结果：调解成功')).toBeVisible();
  },
};

/**
 * A pretend case through the draft: a grid member opens it with the real form, the clock moves
 * past the acceptance deadline, the warning, the breach, the reminder and the escalation to
 * the township lead fire; the officer then accepts. No draft is saved, no real case made.
 */
export const TestRunPastADeadline: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: '试运行' }));
    const run = within(canvas.getByRole('region', { name: '试运行' }));
    await expect(run.getByLabelText('角色')).toHaveValue('gridMember');
    await userEvent.click(run.getByRole('button', { name: '开立模拟案件' }));
    await userEvent.type(run.getByLabelText(/纠纷概要/), '楼道堆物影响通行');
    await userEvent.click(run.getByRole('button', { name: '提交' }));
    const log = within(run.getByRole('list', { name: '发生了什么' }));
    await expect(log.getByText(/网格员开立案件，进入：待受理/)).toBeVisible();

    await userEvent.click(run.getByRole('button', { name: '+1 个工作日' }));
    await userEvent.click(run.getByRole('button', { name: '+1 个工作日' }));
    await expect(log.getByText(/预警：待受理即将到期/)).toBeVisible();
    await userEvent.clear(run.getByLabelText('天数'));
    await userEvent.type(run.getByLabelText('天数'), '3');
    await userEvent.click(run.getByRole('button', { name: '+3 天' }));
    await expect(log.getByText(/超期：待受理（第 1 次）/)).toBeVisible();
    await expect(log.getByText(/催办：提醒社区民警/)).toBeVisible();
    await expect(log.getByText(/升级督办：上报乡镇领导/)).toBeVisible();
    const pretendCase = within(run.getByRole('region', { name: '模拟案件' }));
    await expect(pretendCase.getByText('已超期')).toBeVisible();

    await userEvent.click(run.getByRole('button', { name: '社区民警 · 本社区（村）' }));
    await userEvent.click(run.getByRole('button', { name: '受理' }));
    await userEvent.click(run.getByRole('button', { name: '确认办理' }));
    await expect(log.getByText(/社区民警：受理 → 调处中/)).toBeVisible();
    await expect(pretendCase.queryByText('已超期')).toBeNull();
    await expect(args.onSave).not.toHaveBeenCalled();
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** The test run in English. */
export const TestRunEnglish: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'Test run' }));
    const run = within(canvas.getByRole('region', { name: 'Test run' }));
    await expect(run.getByRole('button', { name: '+1 working day' })).toBeVisible();
    await expect(run.getByRole('button', { name: 'Open a pretend case' })).toBeVisible();
  },
};
