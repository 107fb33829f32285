import { CaseView, GridcaseProvider } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { attachments, comments, fakeRunCommand, makeDetail } from '../fixtures/caseDetail';
import { demoCounty } from '../fixtures/demoCounty';
import { fieldLabels, makeHistory, stageTitles } from '../fixtures/history';

const meta = {
  title: 'Cases/CaseView',
  component: CaseView,
  args: {
    detail: makeDetail(),
    comments,
    attachments,
    history: makeHistory(),
    stageTitles,
    fieldLabels,
    onCommand: fn(fakeRunCommand),
    onAddComment: fn(async () => {}),
    onOpenAttachment: fn(),
  },
} satisfies Meta<typeof CaseView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Stage, handler, co-handling agencies, deadline, actions, comments, attachments, history. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const facts = (label: string) => canvas.getByText(label, { selector: 'dt' }).nextElementSibling;
    await expect(facts('当前环节')).toHaveTextContent('组织调解');
    // the role's title and the person's display name, not their ids
    await expect(facts('承办人')).toHaveTextContent('人民调解员（王调解员）');
    await expect(facts('承办人')).not.toHaveTextContent('mediator');
    await expect(facts('联办单位')).toHaveTextContent('青山派出所主办');
    await expect(facts('联办单位')).toHaveTextContent('青山司法所协办');
    await expect(facts('办理期限')).toHaveTextContent('期限内');
    await expect(canvas.getByRole('button', { name: '记录调解结果' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '下载 调解笔录.pdf' }));
    await expect(args.onOpenAttachment).toHaveBeenCalledWith(attachments[1]);
    await userEvent.type(canvas.getByLabelText('填写意见'), '已约定周五复查');
    await userEvent.click(canvas.getByRole('button', { name: '发表意见' }));
    await expect(args.onAddComment).toHaveBeenCalledWith('已约定周五复查');
  },
};

/**
 * Runs an action: the form checks itself in zh-CN, the server's 422 lands on the field in zh-CN,
 * and a valid submission moves the case on.
 */
export const RunActionWithServerValidation: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    // labels of required fields end in an aria-hidden "*"
    const field = (label: string) => canvas.getByLabelText(new RegExp(`^${label}\\*?$`));
    await userEvent.click(canvas.getByRole('button', { name: '记录调解结果' }));
    await expect(canvas.getByRole('heading', { name: '办理：记录调解结果' })).toHaveFocus();
    // the browser-side check, with the shared validator's zh-CN messages
    await userEvent.click(canvas.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(canvas.getAllByText('此项为必填项').length).toBeGreaterThan(0));
    await expect(args.onCommand).not.toHaveBeenCalled();

    await userEvent.type(field('调解日期'), '2026-12-01');
    await userEvent.click(canvas.getByRole('radio', { name: '达成协议' }));
    await userEvent.type(field('协议内容'), '赵**于十日内疏通排水沟，双方按界桩确认边界');
    await userEvent.type(field('申请人身份证号'), '11010519491231002X');
    await userEvent.click(canvas.getByRole('button', { name: '提交' }));
    // the server's rule: shown in the alert and on the field, in zh-CN
    const intro = await canvas.findByText('服务器校验未通过，请按提示修改：');
    const alert = intro.closest('[role="alert"]');
    await expect(alert).toHaveTextContent('调解日期不能晚于今天');
    await waitFor(() => expect(field('调解日期')).toHaveAttribute('aria-invalid', 'true'));

    await userEvent.clear(field('调解日期'));
    await userEvent.type(field('调解日期'), '2026-11-20');
    await userEvent.click(canvas.getByRole('button', { name: '提交' }));
    await expect(await canvas.findByText('已办理：记录调解结果')).toBeVisible();
    await expect(
      canvas.getByText('当前环节', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('回访');
    await expect(args.onCommand).toHaveBeenLastCalledWith(
      {
        type: 'RECORD_RESULT',
        data: {
          mediatedOn: '2026-11-20',
          result: 'agreement',
          agreement: '赵**于十日内疏通排水沟，双方按界桩确认边界',
          partyId: '11010519491231002X',
        },
      },
      expect.anything(),
    );
  },
};

/** 退回 needs a reason; the action is refused until one is given. */
export const ReturnNeedsReason: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '退回重新研判' }));
    await userEvent.click(canvas.getByRole('button', { name: '确认办理' }));
    await expect(canvas.getByText('请填写理由')).toBeVisible();
    await expect(args.onCommand).not.toHaveBeenCalled();
    await userEvent.type(canvas.getByLabelText('理由 *'), '需先由国土所确权');
    await userEvent.click(canvas.getByRole('button', { name: '确认办理' }));
    await expect(args.onCommand).toHaveBeenCalledWith(
      { type: 'RETURN', reason: '需先由国土所确权' },
      expect.anything(),
    );
  },
};

export const NoActions: Story = {
  args: { detail: makeDetail({ actions: [] }), comments: [], attachments: [], history: [] },
};
export const Loading: Story = { args: { detail: undefined, loading: true } };
export const ErrorState: Story = {
  name: 'Error',
  args: { detail: undefined, error: '案件不存在或无权查看' },
};
export const LongChineseText: Story = {
  args: {
    detail: makeDetail({ long: true }),
    history: makeHistory('GC-2026-1001', { long: true }),
  },
};
export const ManyItems: Story = {
  args: {
    comments: Array.from({ length: 30 }, (_, i) => ({ ...comments[i % 2]!, id: `c${i}` })),
    attachments: Array.from({ length: 25 }, (_, i) => ({
      ...attachments[i % 2]!,
      id: `a${i}`,
      name: `材料${i + 1}.pdf`,
    })),
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText('Stage', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('Mediation');
    await expect(canvas.getByRole('button', { name: 'Record the result' })).toBeVisible();
  },
};

/**
 * Through a provider whose client runs the engine's dispute template in memory: the actions and
 * forms are the template's own.
 */
export const OnTheEngine: Story = {
  args: { detail: undefined, comments: undefined, attachments: undefined, history: undefined },
  loaders: [async () => ({ county: await demoCounty() })],
  render: (args, { loaded }) => (
    <GridcaseProvider client={loaded.county.client}>
      <CaseView {...args} caseId={loaded.county.cases[0]} onCommand={undefined} />
    </GridcaseProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '转办' }));
    await expect(canvas.getByRole('heading', { name: '办理：转办' })).toHaveFocus();
  },
};
