import { WorkflowDiagram } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { disputeDefinition, hazardDefinition, longDefinition } from '../fixtures/definitions';

const meta = {
  title: 'Workflows/WorkflowDiagram',
  component: WorkflowDiagram,
  args: { definition: hazardDefinition, currentStages: ['hazard.rectify'], onStageClick: fn() },
} satisfies Meta<typeof WorkflowDiagram>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Laid out by elkjs, the current stage highlighted; zoom buttons in zh-CN. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const current = await canvas.findByText('限期整改');
    await waitFor(() =>
      expect(current.closest('.gc-stage')).toHaveAttribute('aria-current', 'step'),
    );
    await waitFor(() => expect(canvas.getByText('退回整改')).toBeVisible());
    await expect(canvas.getByRole('button', { name: '放大' })).toBeVisible();
    const viewport = canvasElement.querySelector('.react-flow__viewport') as HTMLElement;
    const before = viewport.style.transform;
    await userEvent.click(canvas.getByRole('button', { name: '放大' }));
    await waitFor(() => expect(viewport.style.transform).not.toBe(before));
    await userEvent.click(canvas.getByText('复查验收'));
    await expect(args.onStageClick).toHaveBeenCalledWith('hazard.recheck');
  },
};

/** Nested and parallel states (主办 / 协办) drawn inside their parent. */
export const NestedAndParallel: Story = {
  args: {
    definition: disputeDefinition,
    currentStages: ['dispute.joint.lead.working', 'dispute.joint.assisting.done'],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const joint = (await canvas.findByText('联合办理')).closest('.gc-stage');
    await waitFor(() => expect(joint).toHaveClass('gc-stage--current'));
    await waitFor(() => expect(canvas.getByText('任何环节均可办理：催办')).toBeVisible());
  },
};

export const TopToBottom: Story = { args: { direction: 'DOWN', height: 560 } };
export const Empty: Story = {
  args: {
    definition: { ...hazardDefinition, machine: { id: 'x', states: {} } },
    currentStages: [],
  },
};
export const Loading: Story = { args: { definition: undefined, loading: true } };
export const ErrorState: Story = {
  name: 'Error',
  args: { definition: undefined, error: '流程定义加载失败' },
};
export const ManyItems: Story = {
  args: { definition: longDefinition(14), currentStages: ['long.s6'] },
};
export const LongChineseText: Story = {
  args: { definition: longDefinition(5, true), currentStages: ['long.s1'] },
};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // React Flow keeps nodes hidden until it has measured them; wait for that, not just the DOM.
    const rectify = await canvas.findByText('Rectify');
    await waitFor(() => expect(rectify).toBeVisible());
    await expect(canvas.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  },
};
