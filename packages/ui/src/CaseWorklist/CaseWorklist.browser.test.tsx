import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mobileLayoutProblems } from '../../../../scripts/mobileLayout';
import { DEMO_NOW, demoCounty } from '../fixtures/demoCounty';
import { CaseWorklist, GridcaseProvider } from '../index';

const now = () => DEMO_NOW;

describe('CaseWorklist through the provider’s client', () => {
  it('loads the cases and filters them by text and stage, asking the client each time', async () => {
    const { client, cases } = await demoCounty();
    await client.runCommand(cases[2] as string, { type: 'accept', data: {} });
    const listCases = vi.spyOn(client, 'listCases');
    const open = vi.fn();
    await render(
      <GridcaseProvider client={client} now={now}>
        <CaseWorklist onOpenCase={open} />
      </GridcaseProvider>,
    );
    const rows = page.getByRole('row');
    await expect.poll(() => rows.all().length).toBe(4);

    await userEvent.fill(page.getByLabelText('搜索编号或事项'), '工资');
    await expect.poll(() => rows.all().length).toBe(2);
    await expect.element(page.getByText('拖欠装修工人工资')).toBeVisible();
    expect(listCases).toHaveBeenLastCalledWith(expect.objectContaining({ q: '工资' }));

    await userEvent.clear(page.getByLabelText('搜索编号或事项'));
    await userEvent.selectOptions(page.getByLabelText('当前环节'), '调查核实');
    await expect.poll(() => rows.all().length).toBe(2);
    await expect.element(page.getByText('宅基地边界争议')).toBeVisible();
    expect(listCases).toHaveBeenLastCalledWith(
      expect.objectContaining({ stage: 'dispute-mediation.investigating' }),
    );

    await userEvent.click(page.getByRole('button', { name: `打开案件 ${cases[2]}` }));
    expect(open).toHaveBeenCalledWith(cases[2]);
  });

  it('shows the scope switch for the worklist and asks for the chosen scope', async () => {
    const { client } = await demoCounty();
    const worklist = vi.spyOn(client, 'worklist');
    await render(
      <GridcaseProvider client={client} now={now}>
        <CaseWorklist scope="mine" />
      </GridcaseProvider>,
    );
    await expect.poll(() => page.getByRole('row').all().length).toBe(4);
    await userEvent.click(page.getByRole('radio', { name: '本辖区' }));
    expect(worklist).toHaveBeenLastCalledWith('area', expect.anything());
  });
});

describe('CaseWorklist on a grid member’s phone (360 px)', () => {
  it('shows each case as a card that fits the screen, with 44 px targets', async () => {
    await page.viewport(360, 740);
    try {
      const { client, cases } = await demoCounty();
      const open = vi.fn();
      const screen = await render(
        <GridcaseProvider client={client} now={now}>
          <CaseWorklist scope="area" onOpenCase={open} pageSize={2} />
        </GridcaseProvider>,
      );
      await expect.element(page.getByText('楼上漏水引发邻里纠纷')).toBeVisible();
      // each cell under its column's name, the row a card
      const row = page.getByRole('row').nth(1).element();
      expect(getComputedStyle(row).display).toBe('block');
      expect(mobileLayoutProblems(screen.container)).toEqual([]);
      await userEvent.click(page.getByRole('button', { name: `打开案件 ${cases[0]}` }));
      expect(open).toHaveBeenCalledWith(cases[0]);
    } finally {
      await page.viewport(414, 896);
    }
  });
});
