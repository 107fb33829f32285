import { Dashboard } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { emptyKpis, makeKpis } from '../fixtures/kpis';

const meta = {
  title: 'Dashboard/Dashboard',
  component: Dashboard,
  args: { report: makeKpis() },
} satisfies Meta<typeof Dashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Key figures, overdue by area, and the trend of volume and rates. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const figure = (label: string) =>
      canvas.getByText(label, { selector: 'dt' }).nextElementSibling;
    await expect(figure('按期办结率')).toHaveTextContent('96.5%');
    await expect(figure('群众满意率')).toHaveTextContent('98.2%');
    await expect(canvas.getByRole('img', { name: '各区域超期案件' })).toBeVisible();
    // echarts drew into SVG
    await waitFor(() =>
      expect(
        canvas.getByRole('img', { name: '受理与办结趋势' }).querySelector('svg'),
      ).not.toBeNull(),
    );
    const table = canvas.getByRole('table', { name: '各区域超期案件（数据表）' });
    await expect(within(table).getAllByRole('row')).toHaveLength(6);
  },
};

export const Empty: Story = {
  args: { report: emptyKpis },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('本期暂无数据')).toHaveLength(3);
  },
};
export const Loading: Story = { args: { report: undefined, loading: true } };
export const ErrorState: Story = {
  name: 'Error',
  args: { report: undefined, error: '统计服务暂不可用' },
};
export const ManyItems: Story = { args: { report: makeKpis({ months: 24, areas: 18 }) } };
export const LongChineseText: Story = { args: { report: makeKpis({ areas: 6, long: true }) } };
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByText('Closed on time', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('96.5%');
  },
};
/** Theme colours come from CSS variables; echarts reads them too. */
export const Themed: Story = { args: { theme: { primary: '#9f1239', danger: '#7c2d12' } } };
