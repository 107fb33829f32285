import { checkPlan, disputeMediation, type MigrationPlan } from '@gridcase/engine';
import { disputeMediationV2, disputePlanV1toV2 } from '@gridcase/engine/testing';
import {
  GridcaseProvider,
  type MemoryClient,
  MigrationDryRun,
  MigrationPlanEditor,
} from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { migrationClient } from '../fixtures/migration';

const v2 = disputeMediationV2();
const { investigating: _split, ...rest } = disputePlanV1toV2.states;
/** The plan before the admin decides where the split stage 调查核实 goes. */
const splitPending: MigrationPlan = { ...disputePlanV1toV2, states: rest };

const meta = {
  title: 'Admin/MigrationPlanEditor',
  component: MigrationPlanEditor,
  args: { from: disputeMediation, to: v2, onChange: fn() },
} satisfies Meta<typeof MigrationPlanEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

const lastPlan = (spy: unknown) => {
  const calls = (spy as ReturnType<typeof fn>).mock.calls;
  return calls.at(-1)?.[0] as MigrationPlan;
};

/** No plan yet: every stage of version 1 prefilled with the version 2 stage of the same path. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { name: '迁移方案：矛盾纠纷调解 第 1 版 → 第 2 版' }),
    ).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: '调查核实' })).toHaveValue('investigating');
    await expect(canvas.getByText('已对应 11 / 11 个环节')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('方案完整');
    const plan = lastPlan(args.onChange);
    await expect(checkPlan(disputeMediation, v2, plan)).toEqual([]);
    await expect(plan).toMatchObject({ definitionId: 'dispute-mediation', fromVersion: 1 });
  },
};

/**
 * Version 2 split 调查核实 in two (调查取证, 核实研判): the plan leaves it open, the check names
 * it; the admin maps it to 调查取证 and the finding goes; the emitted plan passes `checkPlan`.
 */
export const SplitStage: Story = {
  args: { initialPlan: splitPending },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox', { name: '调查核实' });
    await expect(select).toHaveValue('');
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    const finding = '环节“调查核实”（investigating）没有对应的新环节';
    await expect(canvas.getByText(/plan\.stateUnmapped/).closest('li')).toHaveTextContent(finding);
    await expect(canvas.getByRole('status')).toHaveTextContent('1 个问题，改正后才能执行迁移');
    await expect(lastPlan(args.onChange).states.investigating).toBeUndefined();

    await userEvent.selectOptions(select, '调查取证（investigating）');
    await waitFor(() => expect(canvas.queryByText(finding, { exact: false })).toBeNull());
    await expect(canvas.queryByText(/plan\.stateUnmapped/)).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('方案完整');
    await expect(select).not.toHaveAttribute('aria-invalid');
    const plan = lastPlan(args.onChange);
    await expect(plan.id).toBe('dispute-2027-split-investigation');
    await expect(plan.states.investigating).toBe('investigating');
    await expect(plan.states['mediation.sessions']).toBe('mediation.sessions');
    await expect(checkPlan(disputeMediation, v2, plan)).toEqual([]);
  },
};

/** A field move: an unknown target field is a coded finding until it names a new form field. */
export const FieldMove: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '添加字段移动' }));
    await userEvent.type(canvas.getByRole('combobox', { name: '原字段' }), 'notes');
    await userEvent.type(canvas.getByRole('combobox', { name: '新字段' }), 'nowhere');
    await expect(await canvas.findByText(/plan\.fieldTargetUnknown/)).toBeVisible();
    await userEvent.clear(canvas.getByRole('combobox', { name: '新字段' }));
    await userEvent.type(canvas.getByRole('combobox', { name: '新字段' }), 'transferNote');
    await expect(canvas.getByRole('status')).toHaveTextContent('方案完整');
    await expect(lastPlan(args.onChange).fields).toEqual([{ from: 'notes', to: 'transferNote' }]);
    await userEvent.click(canvas.getByRole('button', { name: '删除第 1 个字段移动' }));
    await expect(lastPlan(args.onChange).fields).toBeUndefined();
  },
};

/** A plan id the format refuses: the schema finding, by code, until it is written again. */
export const BadPlanId: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const id = canvas.getByRole('textbox', { name: '方案编号' });
    await userEvent.clear(id);
    await expect(await canvas.findByText(/schema\.pattern/)).toBeVisible();
    await userEvent.type(id, 'dispute-2027');
    await expect(canvas.queryByText(/schema\./)).toBeNull();
    await expect(canvas.getByRole('status')).toHaveTextContent('方案完整');
  },
};

export const English: Story = {
  args: { initialPlan: splitPending },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: 'Investigating' })).toHaveValue('');
    await expect(
      canvas.getByText(/Stage "Investigating" \(investigating\) has no stage in the new version/),
    ).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Problems to fix before the migration can run: 1',
    );
  },
};

/** The editor above the dry run: each change of the plan runs the dry run again. */
function PlanThenDryRunView(props: {
  client: MemoryClient;
  onChange: (plan: MigrationPlan) => void;
}) {
  const [plan, setPlan] = useState<MigrationPlan>(splitPending);
  return (
    <GridcaseProvider client={props.client}>
      <MigrationPlanEditor
        from={disputeMediation}
        to={v2}
        initialPlan={splitPending}
        onChange={(next) => {
          setPlan(next);
          props.onChange(next);
        }}
      />
      <MigrationDryRun
        definitionId="dispute-mediation"
        request={{ fromVersion: 1, toVersion: 2, plan }}
        pollMs={10}
      />
    </GridcaseProvider>
  );
}

/**
 * Plan, then dry run, through the memory client running the engine (eight running dispute
 * cases on version 1): with 调查核实 open the dry run refuses the plan as incomplete, naming
 * its two cases; mapped to 调查取证 the dry run shows seven cases that can move.
 */
export const PlanThenDryRun: Story = {
  loaders: [async () => ({ client: await migrationClient() })],
  render: (args, { loaded }) => (
    <PlanThenDryRunView client={loaded.client} onChange={args.onChange ?? (() => {})} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      '方案不完整：1 个环节没有对应的新环节，其中有 2 个办理中的案件',
    );
    await expect(alert).toHaveTextContent('调查核实（investigating）：2 个案件');
    await expect(canvas.queryByRole('button', { name: '执行迁移' })).toBeNull();

    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: '调查核实' }),
      '调查取证（investigating）',
    );
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    const figure = (label: string) =>
      canvas.getByText(label, { selector: 'dt' }).nextElementSibling;
    await waitFor(() => expect(figure('可迁移')).toHaveTextContent('7'));
    await expect(figure('办理中的案件')).toHaveTextContent('8');
    await expect(canvas.getByRole('button', { name: '执行迁移' })).toBeEnabled();
  },
};
