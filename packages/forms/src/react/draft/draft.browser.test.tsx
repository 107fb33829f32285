import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { mobileLayoutProblems } from '../../../../../scripts/mobileLayout';
import type { FormDefinition, JsonSchema } from '../../types';
import { SchemaForm } from '../SchemaForm/SchemaForm';
import { disputeIntakeForm, sampleAreas, VALID_ID } from '../testing/disputeIntakeForm';
import { clearFormDrafts, DRAFT_MAX_AGE_MS, readFormDraft, saveFormDraft } from './formDraft';

const KEY = 'case:GC-2026-1001:intake';
const STORED = `gridcase.draft.${KEY}`;

afterEach(() => window.localStorage.clear());

describe('<SchemaForm draftKey>', () => {
  it('keeps a half-filled form across a remount (a reload) and drops it after the submit', async () => {
    const first = await render(
      <SchemaForm form={disputeIntakeForm} draftKey={KEY} onSubmit={() => {}} />,
    );
    await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '邻里纠纷');
    await userEvent.fill(page.getByLabelText('纠纷概要'), '楼上漏水，双方就维修费用发生争执');
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.fill(page.getByLabelText('姓名'), '张三');
    expect(JSON.parse(window.localStorage.getItem(STORED) ?? '{}').values).toMatchObject({
      category: 'neighbour',
      parties: [{ name: '张三' }],
    });
    await first.unmount();

    const onSubmit = vi.fn();
    await render(<SchemaForm form={disputeIntakeForm} draftKey={KEY} onSubmit={onSubmit} />);
    await expect
      .element(page.getByLabelText('纠纷概要'))
      .toHaveValue('楼上漏水，双方就维修费用发生争执');
    await expect.element(page.getByLabelText('姓名')).toHaveValue('张三');
    await expect.element(page.getByLabelText('纠纷类别')).toHaveValue('neighbour');
    await userEvent.fill(page.getByLabelText('身份证号'), VALID_ID);
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ parties: [{ idNumber: VALID_ID }] });
    await vi.waitFor(() => expect(window.localStorage.getItem(STORED)).toBeNull());
  });

  it('keeps the draft when the host says the data was not stored (onSubmit resolves false)', async () => {
    const onSubmit = vi.fn(async () => false);
    await render(<SchemaForm form={disputeIntakeForm} draftKey={KEY} onSubmit={onSubmit} />);
    await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '婚姻家庭纠纷');
    await userEvent.fill(page.getByLabelText('纠纷概要'), '夫妻双方就子女抚养发生争执');
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.fill(page.getByLabelText('姓名'), '李四');
    await userEvent.fill(page.getByLabelText('身份证号'), VALID_ID);
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    await expect.element(page.getByRole('button', { name: '提交' })).toBeEnabled();
    expect(readFormDraft(KEY)).toMatchObject({ summary: '夫妻双方就子女抚养发生争执' });
  });

  it('keeps no draft without a key, forgets old drafts, and clears them all on request', async () => {
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    await userEvent.fill(page.getByLabelText('纠纷概要'), '没有草稿键的表单');
    expect(window.localStorage.length).toBe(0);

    saveFormDraft('old', { summary: '很久以前' }, Date.now() - DRAFT_MAX_AGE_MS - 1000);
    expect(readFormDraft('old')).toBeUndefined();
    expect(window.localStorage.getItem('gridcase.draft.old')).toBeNull();

    saveFormDraft('a', { summary: '甲' });
    saveFormDraft('b', { summary: '乙' });
    window.localStorage.setItem('gridcase.locale', 'en');
    clearFormDrafts();
    expect([readFormDraft('a'), readFormDraft('b')]).toEqual([undefined, undefined]);
    expect(window.localStorage.getItem('gridcase.locale')).toBe('en');
  });

  it('never stores a photo’s page-only (blob:) address in the draft', () => {
    saveFormDraft(KEY, { photos: [{ id: 'up_1', name: '现场.jpg', url: 'blob:http://x/1' }] });
    expect(readFormDraft(KEY)).toEqual({ photos: [{ id: 'up_1', name: '现场.jpg' }] });
  });
});

describe('<SchemaForm> on a 360 px phone', () => {
  it('fits the screen and every control is a 44 px touch target', async () => {
    await page.viewport(360, 740);
    const photoForm: FormDefinition = {
      ...disputeIntakeForm,
      schema: {
        ...disputeIntakeForm.schema,
        properties: {
          ...(disputeIntakeForm.schema.properties as Record<string, JsonSchema>),
          photos: { type: 'array', items: { type: 'object' } },
          grid: { type: 'string' },
        },
      },
      ui: {
        ...disputeIntakeForm.ui,
        order: [...(disputeIntakeForm.ui?.order ?? []), 'photos', 'grid'],
        fields: {
          ...disputeIntakeForm.ui?.fields,
          photos: { widget: 'photo', label: { 'zh-CN': '现场照片', en: 'Photos' } },
          grid: { widget: 'area', label: { 'zh-CN': '所在网格', en: 'Grid' } },
        },
      },
    };
    const screen = await render(
      <SchemaForm
        form={photoForm}
        areaOptions={sampleAreas}
        onUpload={async (file) => ({ id: file.name, name: file.name })}
        onSubmit={() => {}}
      />,
    );
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect.element(page.getByText('此项为必填项').first()).toBeVisible();
    // the photo field opens the back camera on a phone
    const photo = page.getByLabelText('现场照片').element();
    expect([photo.getAttribute('accept'), photo.getAttribute('capture')]).toEqual([
      'image/*',
      'environment',
    ]);
    expect(mobileLayoutProblems(screen.container)).toEqual([]);
  });
});
