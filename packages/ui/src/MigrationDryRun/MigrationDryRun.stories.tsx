import { disputeMediation } from '@gridcase/engine';
import { disputeMediationV2 } from '@gridcase/engine/testing';
import { GridcaseProvider, MigrationDryRun } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  incompleteRequest,
  makeProgress,
  makeReport,
  migrationClient,
  migrationRequest,
} from '../fixtures/migration';

const meta = {
  title: 'Admin/MigrationDryRun',
  component: MigrationDryRun,
  args: { from: disputeMediation, to: disputeMediationV2() },
} satisfies Meta<typeof MigrationDryRun>;
export default meta;
type Story = StoryObj<typeof meta>;

const onClient = (request: typeof migrationRequest): Partial<Story> => ({
  loaders: [async () => ({ client: await migrationClient() })],
  render: (args, { loaded }) => (
    <GridcaseProvider client={loaded.client}>
      <MigrationDryRun {...args} definitionId="dispute-mediation" request={request} pollMs={10} />
    </GridcaseProvider>
  ),
});

/**
 * Through the memory client running the engine: eight running dispute cases on version 1, the
 * plan to version 2 (调查核实 split in two). One case cannot move: version 2 needs its mediator.
 */
export const Default: Story = {
  ...onClient(migrationRequest),
  args: { from: undefined, to: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('heading', { name: '迁移预演：矛盾纠纷调解 第 1 版 → 第 2 版' }),
    ).toBeVisible();
    const figure = (label: string) =>
      canvas.getByText(label, { selector: 'dt' }).nextElementSibling;
    await expect(figure('办理中的案件')).toHaveTextContent('8');
    await expect(figure('可迁移')).toHaveTextContent('7');
    await expect(figure('不能迁移')).toHaveTextContent('1');
    const moves = canvas.getByRole('table', { name: '迁移方式' });
    await expect(within(moves).getByRole('row', { name: /调查核实 调查取证 1/ })).toBeVisible();
    const failures = canvas.getByRole('table', { name: /不能迁移的案件/ });
    await expect(failures).toHaveTextContent('需要的数据 mediatorId 该案件没有');
    await userEvent.click(canvas.getByText(/逐案明细/));
    await expect(canvas.getAllByText('可迁移', { selector: 'td' })).toHaveLength(7);
    await userEvent.click(canvas.getByRole('button', { name: '执行迁移' }));
    await expect(await canvas.findByText(/迁移完成/)).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      '已迁移 7 个，跳过已迁移的 0 个，不能迁移 1 个，共 8 个',
    );
  },
};

/** A plan with stages left unmapped: which stages, how many cases; nothing can be applied. */
export const IncompletePlan: Story = {
  ...onClient(incompleteRequest),
  args: { from: undefined, to: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      '方案不完整：2 个环节没有对应的新环节，其中有 2 个办理中的案件',
    );
    await expect(alert).toHaveTextContent('调解不成（failed）：1 个案件');
    await expect(alert).toHaveTextContent('回访（followUp）：1 个案件');
    await expect(canvas.queryByRole('button', { name: '执行迁移' })).toBeNull();
  },
};

/** Plain data: an apply half way, polled from the server. */
export const Applying: Story = {
  args: { report: makeReport(), progress: makeProgress(), onApply: fn() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('progressbar', { name: '迁移进度' })).toHaveAttribute(
      'value',
      '42',
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('正在迁移…');
    await expect(canvas.getByRole('button', { name: '执行迁移' })).toBeDisabled();
  },
};

/** An apply stopped by the disk: applying again continues. */
export const Stopped: Story = {
  args: {
    report: makeReport(),
    progress: makeProgress({
      status: 'stopped',
      error: { code: 'store.writeFailed', message: '写入磁盘失败，本次操作未生效' },
    }),
    onApply: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent('迁移已中断：写入磁盘失败');
    await userEvent.click(canvas.getByRole('button', { name: '执行迁移' }));
    await expect(args.onApply).toHaveBeenCalled();
  },
};

export const ManyItems: Story = { args: { report: makeReport(6, 400) } };
export const Empty: Story = {
  args: {
    report: {
      ...makeReport(0),
      summary: { ...makeReport(0).summary, total: 0, migratable: 0, failing: 0, failures: [] },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('没有办理中的案件需要迁移')).toBeVisible();
  },
};
export const Loading: Story = { args: { loading: true } };
export const ErrorState: Story = { name: 'Error', args: { error: '迁移服务暂不可用' } };
export const English: Story = {
  args: { report: makeReport() },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: 'Migration dry run: Dispute mediation version 1 → 2' }),
    ).toBeVisible();
    await expect(canvas.getByRole('table', { name: 'How the cases move' })).toBeVisible();
  },
};
