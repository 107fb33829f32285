import { CaseTimeline } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { fieldLabels, makeHistory, stageTitles } from '../fixtures/history';

const meta = {
  title: 'Cases/CaseTimeline',
  component: CaseTimeline,
  args: { entries: makeHistory(), stageTitles, fieldLabels },
} satisfies Meta<typeof CaseTimeline>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Who, when, which action, where it moved the case and what changed. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const items = canvas.getAllByRole('listitem');
    await expect(items).toHaveLength(4);
    // newest first
    await expect(items[0]).toHaveTextContent('王调解员');
    await expect(items[0]).toHaveTextContent('退回重新研判');
    await expect(items[0]).toHaveTextContent('组织调解 → 分流研判');
    await expect(items[0]).toHaveTextContent('理由：涉及土地权属');
    await expect(items[1]).toHaveTextContent('系统');
    const changes = within(items[2]!).getByRole('table', { name: '变更内容' });
    await expect(changes).toHaveTextContent('协办单位（空）青山派出所、青山司法所');
  },
};

export const OldestFirst: Story = {
  args: { order: 'oldest' },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent('登记案件');
  },
};

export const Empty: Story = { args: { entries: [] } };
export const Loading: Story = { args: { entries: undefined, loading: true } };
export const ErrorState: Story = {
  name: 'Error',
  args: { entries: undefined, error: '服务器繁忙' },
};
export const ManyItems: Story = {
  args: {
    entries: Array.from({ length: 12 }, () => makeHistory()).flatMap((h, i) =>
      h.map((e) => ({ ...e, seq: e.seq + i * 4 })),
    ),
  },
};
export const LongChineseText: Story = { args: { entries: makeHistory('GC-1', { long: true }) } };
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'History' })).toBeVisible();
    await expect(canvas.getAllByRole('listitem')[0]).toHaveTextContent('Mediation → Triage');
  },
};
