import { CaseStatus } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  closedStatus,
  fakeCitizenClient,
  longStatus,
  openStatus,
  SECRET,
  TRACKING_CODE,
} from '../fixtures/citizen';

const meta = {
  title: 'Citizens/CaseStatus',
  component: CaseStatus,
  args: { client: fakeCitizenClient() },
} satisfies Meta<typeof CaseStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
async function lookUp(canvas: Canvas, secret = SECRET) {
  await userEvent.type(canvas.getByLabelText('查询码'), TRACKING_CODE.toLowerCase());
  await userEvent.type(canvas.getByLabelText('查询密码'), secret);
  await userEvent.click(canvas.getByRole('button', { name: '查询' }));
}

/** The empty lookup: code and secret are both needed. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '查询' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('请填写查询码和密码');
  },
};

/** An open case: its stage and the steps taken, nothing to rate yet. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await lookUp(canvas);
    await expect(await canvas.findByTestId('status-stage')).toHaveTextContent('待分流');
    await expect(canvas.getByText('办理中')).toBeVisible();
    await expect(canvas.queryByRole('radio')).toBeNull();
  },
};

/** A wrong secret shows nothing of the case: only the coded refusal. */
export const WrongSecret: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await lookUp(canvas, 'WRONG234');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('查询码或密码不正确');
    await expect(alert).toHaveTextContent('错误代码：public.trackingNotFound');
    await expect(canvas.queryByTestId('status-stage')).toBeNull();
  },
};

/** Closed: the outcome, then a rating of 1, which reopens the case. */
export const RateClosedCase: Story = {
  args: {
    client: fakeCitizenClient({ status: closedStatus }),
    trackingCode: TRACKING_CODE,
    secret: SECRET,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('已办结')).toBeVisible();
    await expect(canvas.getByText('就地化解', { selector: 'dd' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '提交评价' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('请选择一个评分');
    await userEvent.click(canvas.getByRole('radio', { name: '1 分 · 很不满意' }));
    await userEvent.type(canvas.getByLabelText('意见建议（可不填）'), '杂物又堆回来了');
    await userEvent.click(canvas.getByRole('button', { name: '提交评价' }));
    await expect(await canvas.findByRole('status')).toHaveTextContent('已按规定重新办理');
    await expect(canvas.getByTestId('status-stage')).toHaveTextContent('待分流');
    await expect(canvas.getByText('您的评价：1 分 · 很不满意')).toBeVisible();
    await expect(canvas.getByText('重新办理')).toBeVisible();
  },
};

/** Too many lookups from one address. */
export const RateLimited: Story = {
  args: { client: fakeCitizenClient({ refuse: { track: 'public.rateLimited' } }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await lookUp(canvas);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('请在 600 秒后再试。');
  },
};

export const Loading: Story = { args: { loading: true } };
export const Rated: Story = {
  args: {
    status: { ...closedStatus, canRate: false, rating: { score: 5, at: closedStatus.updatedAt } },
  },
};
export const LongChineseText: Story = { args: { status: longStatus } };
export const FromData: Story = { args: { status: openStatus } };
export const English: Story = {
  globals: { locale: 'en' },
  args: { status: closedStatus },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Closed')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: '1 · Very dissatisfied' })).toBeVisible();
  },
};
