import type { WorkflowDefinition } from '@gridcase/engine';
import { compileDefinition, hashDefinition, lintDefinition } from '@gridcase/engine';
import { formValidator } from '@gridcase/forms';
import { newDefinition, WorkflowDesigner } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { disputeDefinition, hazardDefinition, longDefinition } from '../fixtures/definitions';

const countyRoles = {
  gridMember: { title: { 'zh-CN': '网格员', en: 'Grid member' } },
  communityPolice: { title: { 'zh-CN': '社区民警', en: 'Community police officer' } },
  mediator: { title: { 'zh-CN': '人民调解员', en: 'Mediator' } },
};

const meta = {
  title: 'Workflows/WorkflowDesigner',
  component: WorkflowDesigner,
  args: {
    definition: newDefinition('street-dispute', { 'zh-CN': '街道纠纷调处', en: 'Street disputes' }),
    roles: countyRoles,
    onChange: fn(),
    onSave: fn(),
    height: 360,
  },
} satisfies Meta<typeof WorkflowDesigner>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Builds a three-stage workflow from nothing, by keyboard: add and name stages, draw transitions
 * from the properties panel, set roles and a deadline, save. The engine compiles the JSON.
 */
export const BuildThreeStages: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const add = canvas.getByRole('button', { name: '添加环节' });
    const rename = async (name: string) => {
      await userEvent.clear(canvas.getByLabelText('名称（中文）'));
      await userEvent.paste(name);
      await userEvent.keyboard('{Enter}');
    };
    for (const name of ['登记', '调解', '办结']) {
      await userEvent.click(add);
      await rename(name);
    }
    await userEvent.click(canvas.getByLabelText('结束环节（案件在此办结）'));
    const stages = within(canvas.getByRole('navigation', { name: '环节列表' }));
    const connect = async (from: RegExp, to: string, role: string) => {
      await userEvent.click(stages.getByRole('button', { name: from }));
      await userEvent.selectOptions(canvas.getByLabelText('目标环节'), to);
      await userEvent.click(canvas.getByRole('button', { name: '添加流转' }));
      await userEvent.click(canvas.getByRole('button', { name: '添加办理角色' }));
      await userEvent.selectOptions(canvas.getByLabelText('角色'), role);
    };
    await connect(/^登记/, '调解', '网格员');
    await userEvent.selectOptions(canvas.getByLabelText('区域范围'), '本网格');
    await userEvent.type(canvas.getByLabelText('办理时限（工作日）'), '3{Enter}');
    await connect(/^调解/, '办结', '人民调解员');
    const drawing = within(canvas.getByRole('region', { name: '流程画布' }));
    await waitFor(() => expect(drawing.getByText('提交至办结')).toBeVisible());
    await expect(canvas.getByRole('region', { name: '检查结果' })).toHaveTextContent('未发现问题');

    await userEvent.click(canvas.getByRole('button', { name: '保存草稿' }));
    await expect(canvas.getByText('草稿已保存')).toBeVisible();
    const [saved, findings] = (args.onSave as ReturnType<typeof fn>).mock.calls.at(-1) ?? [];
    await expect(findings).toEqual([]);
    const title = (zh: string, n: number) => ({ 'zh-CN': zh, en: `New stage ${n}` });
    const next = (zh: string, n: number) => ({
      'zh-CN': `提交至${zh}`,
      en: `Send to New stage ${n}`,
    });
    await expect(saved.machine).toEqual({
      id: 'street-dispute',
      initial: 'stage1',
      states: {
        stage1: {
          meta: {
            title: title('登记', 1),
            actors: [{ role: 'gridMember', scope: 'grid' }],
            deadline: { within: 3 },
          },
          on: { TO_STAGE2: { target: 'stage2', meta: { title: next('调解', 2) } } },
        },
        stage2: {
          meta: { title: title('调解', 2), actors: [{ role: 'mediator', scope: 'township' }] },
          on: { TO_STAGE3: { target: 'stage3', meta: { title: next('办结', 3) } } },
        },
        stage3: { type: 'final', meta: { title: title('办结', 3) } },
      },
    });
    await expect(saved.roles).toEqual({
      gridMember: countyRoles.gridMember,
      mediator: countyRoles.mediator,
    });
    // the engine lints clean and compiles what the designer emitted
    const json = JSON.parse(JSON.stringify(saved));
    await expect(lintDefinition(json)).toEqual([]);
    const compiled = compileDefinition(json, { validator: formValidator });
    await expect(compiled.machine.id).toBe('street-dispute');
    await expect(compiled.hash).toBe(hashDefinition(saved));
  },
};

const withRoles = (def: WorkflowDefinition): WorkflowDefinition => ({
  ...def,
  roles: { gridMember: countyRoles.gridMember },
});

/** A stage nothing leads to: the finding shows on the stage, and goes once a transition does. */
export const LintFindingsLive: Story = {
  args: {
    definition: withRoles({
      ...newDefinition('three', { 'zh-CN': '三环节', en: 'Three stages' }),
      machine: {
        id: 'three',
        initial: 'report',
        states: {
          report: {
            meta: {
              title: { 'zh-CN': '登记', en: 'Report' },
              actors: [{ role: 'gridMember', scope: 'grid' }],
            },
            on: { NEXT: { target: 'handle', meta: { title: { 'zh-CN': '受理', en: 'Accept' } } } },
          },
          handle: {
            meta: {
              title: { 'zh-CN': '办理', en: 'Handle' },
              actors: [{ role: 'gridMember', scope: 'grid' }],
            },
          },
          done: { type: 'final', meta: { title: { 'zh-CN': '办结', en: 'Done' } } },
        },
      },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const checks = within(canvas.getByRole('region', { name: '检查结果' }));
    await expect(checks.getByRole('status')).toHaveTextContent('发现 2 个问题');
    const unreachable = checks.getByText('环节“done”永远无法到达', { exact: false });
    await userEvent.click(
      within(unreachable.closest('li') as HTMLElement).getByRole('button', { name: '定位' }),
    );
    await expect(canvas.getByRole('heading', { name: '环节属性：办结' })).toBeVisible();
    await expect(canvas.getByRole('list', { name: '此处的问题' })).toHaveTextContent(
      '永远无法到达',
    );
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.gc-stage--problem')).toHaveLength(2),
    );

    const stages = within(canvas.getByRole('navigation', { name: '环节列表' }));
    await userEvent.click(stages.getByRole('button', { name: /^办理/ }));
    await userEvent.selectOptions(canvas.getByLabelText('目标环节'), '办结');
    await userEvent.click(canvas.getByRole('button', { name: '添加流转' }));
    await expect(checks.getByRole('status')).toHaveTextContent('未发现问题，可以保存发布');
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.gc-stage--problem')).toHaveLength(0),
    );
  },
};

/** Delete removes the selected stage, Ctrl+Z brings it back, redo removes it again. */
export const UndoRedoByKeyboard: Story = {
  args: { definition: hazardDefinition },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const stages = within(canvas.getByRole('navigation', { name: '环节列表' }));
    await userEvent.click(stages.getByRole('button', { name: /^复查验收/ }));
    await userEvent.keyboard('{Delete}');
    await waitFor(() => expect(stages.queryByRole('button', { name: /^复查验收/ })).toBeNull());
    await userEvent.keyboard('{Control>}z{/Control}');
    await expect(stages.getByRole('button', { name: /^复查验收/ })).toBeVisible();
    await userEvent.keyboard('{Control>}y{/Control}');
    await expect(stages.queryByRole('button', { name: /^复查验收/ })).toBeNull();
  },
};

export const Template: Story = { args: { definition: hazardDefinition } };
export const NestedStates: Story = { args: { definition: disputeDefinition } };
export const Empty: Story = {};
export const ManyItems: Story = { args: { definition: longDefinition(14) } };
export const LongChineseText: Story = { args: { definition: longDefinition(5, true) } };
export const English: Story = {
  globals: { locale: 'en' },
  args: { definition: hazardDefinition },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Add stage' })).toBeVisible();
  },
};

/** A blank definition has no stages: the engine's `machine.noStages` finding and its hint show. */
export const NoStages: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const checks = within(canvas.getByRole('region', { name: '检查结果' }));
    await expect(checks.getByRole('status')).toHaveTextContent('发现 1 个问题');
    const finding = checks.getByText('流程没有任何环节', { exact: false }).closest('li');
    await expect(finding).toHaveAttribute('data-code', 'machine.noStages');
    await expect(finding).toHaveTextContent('添加环节');
    await userEvent.click(canvas.getByRole('button', { name: '添加环节' }));
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-code="machine.noStages"]')).toBeNull(),
    );
  },
};
