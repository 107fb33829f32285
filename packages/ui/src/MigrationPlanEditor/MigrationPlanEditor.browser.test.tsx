import { checkPlan, disputeMediation, type MigrationPlan } from '@gridcase/engine';
import { disputeMediationV2, disputePlanV1toV2 } from '@gridcase/engine/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mobileLayoutProblems } from '../../../../scripts/mobileLayout';
import { MigrationPlanEditor } from '../index';

afterEach(() => page.viewport(414, 896));

const v2 = disputeMediationV2();
const { investigating: _split, ...states } = disputePlanV1toV2.states;

describe('MigrationPlanEditor on a phone (360 px)', () => {
  it('fits the screen with 44 px targets; each stage’s select is named by its title', async () => {
    await page.viewport(360, 740);
    const onChange = vi.fn<(plan: MigrationPlan) => void>();
    const screen = await render(
      <MigrationPlanEditor
        from={disputeMediation}
        to={v2}
        initialPlan={{ ...disputePlanV1toV2, states }}
        onChange={onChange}
      />,
    );
    await userEvent.click(page.getByRole('button', { name: '添加字段移动' }));
    await userEvent.click(page.getByText('方案 JSON'));
    expect(mobileLayoutProblems(screen.container)).toEqual([]);
    await expect
      .element(page.getByRole('combobox', { name: '调解 / 调解中' }))
      .toHaveValue('mediation.sessions');
    await userEvent.selectOptions(
      page.getByRole('combobox', { name: '调查核实' }),
      '核实研判（verifying）',
    );
    await expect.element(page.getByRole('status')).toHaveTextContent('方案完整');
    const plan = onChange.mock.calls.at(-1)?.[0] as MigrationPlan;
    expect(plan.states.investigating).toBe('verifying');
    expect(checkPlan(disputeMediation, v2, plan)).toEqual([]);
    await expect.element(page.getByText('"investigating": "verifying"')).toBeVisible();
  });
});
