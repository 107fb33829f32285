import { CaseWorklist } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { areas, makeCases } from '../fixtures/cases';

const meta = {
  title: 'Cases/CaseWorklist',
  component: CaseWorklist,
  args: { cases: makeCases(6), areas, pageSize: 10, onOpenCase: fn() },
} satisfies Meta<typeof CaseWorklist>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('row')).toHaveLength(7);
    await expect(canvas.getAllByText('已超期', { exact: false }).length).toBeGreaterThan(0);
    await userEvent.click(canvas.getByRole('button', { name: '打开案件 GC-2026-1001' }));
    await expect(args.onOpenCase).toHaveBeenCalledWith('GC-2026-1001');
  },
};

export const Empty: Story = {
  args: { cases: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('没有符合条件的案件');
  },
};

export const Loading: Story = {
  args: { cases: undefined, loading: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('正在加载');
  },
};

export const ErrorState: Story = {
  name: 'Error',
  args: { cases: undefined, error: '网络连接中断' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      '加载失败：网络连接中断',
    );
  },
};

export const ManyItems: Story = {
  args: { cases: makeCases(95) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('第 1 / 10 页，共 95 件')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '下一页' }));
    await expect(canvas.getByText('第 2 / 10 页，共 95 件')).toBeVisible();
    await expect(canvas.getByText('GC-2026-1011')).toBeVisible();
  },
};

export const LongChineseText: Story = {
  args: { cases: makeCases(4, { long: true }) },
};

/** Search, stage, area and overdue filters narrow the list. */
export const Filters: Story = {
  args: { cases: makeCases(24) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = () => canvas.getAllByRole('row').length - 1;
    await expect(rows()).toBe(10);
    await userEvent.selectOptions(canvas.getByLabelText('当前环节'), '复查验收');
    await expect(rows()).toBe(6);
    await userEvent.click(canvas.getByLabelText('只看超期'));
    for (const badge of canvas.getAllByText('已超期')) await expect(badge).toBeVisible();
    await expect(rows()).toBe(2);
    await userEvent.selectOptions(canvas.getByLabelText('当前环节'), '全部');
    await userEvent.type(canvas.getByLabelText('搜索编号或事项'), '宅基地');
    await waitFor(() => expect(canvas.getAllByText('宅基地边界争议')).toHaveLength(rows()));
    await userEvent.clear(canvas.getByLabelText('搜索编号或事项'));
    await userEvent.click(canvas.getByLabelText('只看超期'));
    await userEvent.selectOptions(canvas.getByLabelText('所属区域'), '河西街道');
    await waitFor(() => expect(rows()).toBe(8));
    for (const row of canvas.getAllByRole('row').slice(1)) {
      await expect(row).toHaveTextContent('河西街道');
    }
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Worklist' })).toBeVisible();
    await expect(canvas.getAllByText('Overdue', { exact: false }).length).toBeGreaterThan(0);
  },
};
