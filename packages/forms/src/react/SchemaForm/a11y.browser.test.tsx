import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { FormDefinition } from '../../types';
import { disputeIntakeForm, sampleAreas } from '../testing/disputeIntakeForm';
import { SchemaForm } from './SchemaForm';

/** Runs axe-core's WCAG 2.1 A/AA rules on an element; returns "rule: target" per violation. */
async function violations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const everyWidget: FormDefinition = {
  id: 'every-widget',
  title: text('全部控件', 'Every widget'),
  schema: {
    type: 'object',
    required: ['area', 'signature', 'photos', 'level'],
    properties: {
      level: { type: 'string', enum: ['general', 'major'] },
      photos: { type: 'array', items: { type: 'object' } },
      notice: { type: 'object' },
      signature: { type: 'string' },
      area: { type: 'string' },
      at: { type: 'string', format: 'date-time' },
      kinds: { type: 'array', items: { enum: ['fire', 'gas'] } },
      departments: { type: 'array', items: { enum: ['fire', 'market'] } },
    },
  },
  ui: {
    fields: {
      level: { widget: 'radio', label: text('隐患等级', 'Level') },
      photos: { widget: 'photo', label: text('现场照片', 'Photos') },
      notice: { widget: 'file', label: text('通知书', 'Notice') },
      signature: { widget: 'signature', label: text('签名', 'Signature') },
      area: { widget: 'area', label: text('网格', 'Grid') },
      at: { label: text('时间', 'Time') },
      kinds: { label: text('类型', 'Kinds') },
      departments: { widget: 'select', label: text('部门', 'Departments') },
    },
  },
};

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('the check does catch problems (an unlabelled input)', async () => {
    const screen = await render(<input type="text" />);
    expect(await violations(screen.container)).toContainEqual(expect.stringMatching(/^label:/));
  });

  it('the intake form, empty and after a failed submit with a party', async () => {
    const screen = await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    expect(await violations(screen.container)).toEqual([]);
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(await violations(screen.container)).toEqual([]);
  });

  it('every widget, in English, with errors showing', async () => {
    const screen = await render(
      <SchemaForm
        form={everyWidget}
        locale="en"
        areaOptions={sampleAreas}
        onUpload={async (file) => ({ id: '1', name: file.name })}
        onSubmit={() => {}}
      />,
    );
    await userEvent.selectOptions(page.getByLabelText('County'), 'heping');
    await userEvent.click(page.getByRole('button', { name: 'Submit' }));
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(await violations(screen.container)).toEqual([]);
  });
});
