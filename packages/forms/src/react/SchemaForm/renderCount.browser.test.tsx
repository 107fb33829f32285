// The counter must be installed before react-dom loads: keep this side-effect import first
// (import sorting never moves a bare import).
import '../testing/renderCounter';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { FormDefinition } from '../../types';
import { disputeIntakeForm, VALID_ID } from '../testing/disputeIntakeForm';
import { renderCounterInstalled, renders, resetRenders } from '../testing/renderCounter';
import { SchemaForm } from './SchemaForm';

/** Lets React commit and react-hook-form's async resolver settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Types `keys` one by one into the focused element; the components rendered by each key. */
async function rendersPerKey(keys: string): Promise<string[][]> {
  // An empty count means nothing only if React reports its commits to the counter.
  expect(renderCounterInstalled()).toBe(true);
  const perKey: string[][] = [];
  for (const key of keys) {
    resetRenders();
    await userEvent.keyboard(key);
    await settle();
    perKey.push(renders());
  }
  return perKey;
}

async function focus(label: string) {
  await userEvent.click(page.getByLabelText(label));
  await settle();
}

describe('renders per keystroke (counted in Chromium through the DevTools hook)', () => {
  it('counts the renders React performs', async () => {
    resetRenders();
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    expect(renderCounterInstalled()).toBe(true);
    expect(renders()).toContain('SchemaForm');
    expect(renders().filter((name) => name === 'TextWidget')).toHaveLength(1);
  });

  it('typing a valid value renders nothing at all', async () => {
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    await focus('纠纷概要');
    const perKey = await rendersPerKey('楼上漏水影响楼下');
    expect(perKey).toEqual(perKey.map(() => []));
  });

  it('checking on blur (mode onTouched), a key renders only the field whose error changes', async () => {
    await render(<SchemaForm form={disputeIntakeForm} mode="onTouched" onSubmit={() => {}} />);
    await focus('纠纷概要');
    await userEvent.keyboard('abc');
    await userEvent.tab(); // touched: from now on every change is checked
    await focus('纠纷概要');
    const perKey = await rendersPerKey('de'); // 'abcd' still too short, 'abcde' is fine
    expect(perKey).toEqual([[], ['TextWidget']]);
    await expect.element(page.getByLabelText('纠纷概要')).not.toHaveAttribute('aria-invalid');
  });

  it('after a failed submit, a key renders at most the field and the error summary', async () => {
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await focus('身份证号');
    const perKey = await rendersPerKey(VALID_ID);
    for (const rendered of perKey) {
      expect(rendered.length).toBeLessThanOrEqual(2);
      expect(rendered.every((name) => name === 'TextWidget' || name === 'ErrorList')).toBe(true);
    }
    // The required message turns into a format message on the first key and clears on the last.
    expect(perKey[0]).toEqual(['ErrorList', 'TextWidget']);
    expect(perKey.at(-1)).toEqual(['ErrorList', 'TextWidget']);
    expect(perKey.slice(1, -1).flat()).toEqual([]);
  });

  it('typing in the field a visibleIf reads renders only when the condition flips', async () => {
    const form: FormDefinition = {
      id: 'callback',
      title: { 'zh-CN': '回访', en: 'Follow-up' },
      schema: {
        type: 'object',
        properties: { phone: { type: 'string' }, callTime: { type: 'string' } },
      },
      ui: {
        fields: {
          phone: { label: { 'zh-CN': '联系电话', en: 'Phone' } },
          callTime: {
            label: { 'zh-CN': '方便接听时间', en: 'Best time to call' },
            visibleIf: { field: 'phone', notEmpty: true },
          },
        },
      },
    };
    await render(<SchemaForm form={form} onSubmit={() => {}} />);
    await focus('联系电话');
    const perKey = await rendersPerKey('0105');
    // First key: the condition flips and the new field mounts; later keys render nothing.
    expect(perKey[0]).toEqual(['ConditionalField', 'FieldWidget', 'TextWidget']);
    expect(perKey.slice(1).flat()).toEqual([]);
    await expect.element(page.getByLabelText('方便接听时间')).toBeVisible();
  });
  it('in a 200-field form, a key renders at most the one field whose error changes', async () => {
    const properties = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`f${i}`, { type: 'string', maxLength: 10 }]),
    );
    const form: FormDefinition = {
      id: 'wide',
      title: { 'zh-CN': '大表单', en: 'Wide form' },
      schema: { type: 'object', properties },
    };
    await render(<SchemaForm form={form} mode="onChange" onSubmit={() => {}} />);
    await focus('f100');
    const perKey = await rendersPerKey('一二三四五六七八九十十一');
    // Ten characters fit; the eleventh brings the maxLength message, the twelfth changes nothing.
    expect(perKey.slice(0, 10).flat()).toEqual([]);
    expect(perKey[10]).toEqual(['TextWidget']);
    expect(perKey[11]).toEqual([]);
    await expect.element(page.getByLabelText('f100')).toHaveAttribute('aria-invalid', 'true');
  });
});
