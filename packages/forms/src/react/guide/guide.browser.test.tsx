import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { FormDefinition } from '../../types';
import { disputeIntakeForm, sampleAreas, VALID_ID } from '../testing/disputeIntakeForm';
import { ActionFormWithServer } from './ActionFormWithServer';
import { HandLaidForm } from './HandLaidForm';
import { FollowUpPage } from './QuickStart';

/** The intake form plus photo evidence, to send files through the sample's upload. */
const intakeWithEvidence: FormDefinition = {
  ...disputeIntakeForm,
  schema: {
    ...disputeIntakeForm.schema,
    properties: {
      ...(disputeIntakeForm.schema.properties as Record<string, unknown>),
      evidence: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name'],
          properties: { id: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' } },
        },
      },
    },
  },
  ui: {
    ...disputeIntakeForm.ui,
    fields: {
      ...disputeIntakeForm.ui?.fields,
      evidence: { widget: 'photo', label: { 'zh-CN': '证据照片', en: 'Evidence' } },
    },
  },
};

/** The guide's samples (docs/forms-react.md), run as written. */
describe('docs/forms-react.md samples', () => {
  it('quick start: asks why when unsatisfied, then saves', async () => {
    const onSaved = vi.fn();
    await render(<FollowUpPage onSaved={onSaved} />);
    await userEvent.click(page.getByRole('radio', { name: '否' }));
    await userEvent.click(page.getByRole('radio', { name: '不满意' }));
    await userEvent.click(page.getByRole('button', { name: '保存' }));
    await expect
      .element(page.getByLabelText('不满意的原因'))
      .toHaveAccessibleDescription('此项为必填项');
    await userEvent.fill(page.getByLabelText('不满意的原因'), '赔偿款至今未到位');
    await userEvent.click(page.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(onSaved.mock.calls[0]![0]).toEqual({
      resolved: false,
      satisfaction: 'unsatisfied',
      reason: '赔偿款至今未到位',
    });
  });

  it('server round trip: uploads through the host, a 422 lands on its field', async () => {
    const store = vi.fn(async (_body: FormData) => Response.json({ id: 'f-1', url: '/files/f-1' }));
    const send = vi.fn(async (_data: Record<string, unknown>) =>
      Response.json(
        {
          code: 'validation.failed',
          message: '提交的数据未通过校验',
          hint: '请按 details.issues 修改对应字段。',
          details: {
            issues: [
              {
                path: 'parties.0.mobile',
                code: 'case.duplicateParty',
                message: '该手机号已登记为另一案件的当事人',
              },
            ],
          },
        },
        { status: 422 },
      ),
    );
    const onDone = vi.fn();
    await render(
      <ActionFormWithServer
        form={intakeWithEvidence}
        areas={sampleAreas}
        locale="zh-CN"
        send={send}
        store={store}
        onDone={onDone}
      />,
    );
    await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '邻里纠纷');
    await userEvent.fill(page.getByLabelText('纠纷概要'), '楼上漏水，双方就维修费用发生争执');
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.fill(page.getByLabelText('姓名'), '张三');
    await userEvent.fill(page.getByLabelText('身份证号'), VALID_ID);
    await userEvent.fill(page.getByLabelText('手机号'), '13812345678');
    const photo = new File([new Uint8Array([255, 216, 255])], '漏水.jpg', { type: 'image/jpeg' });
    await userEvent.upload(page.getByLabelText('证据照片'), photo);
    await expect
      .element(page.getByRole('img', { name: '漏水.jpg' }))
      .toHaveAttribute('src', '/files/f-1');
    expect((store.mock.calls[0]![0].get('file') as File).name).toBe('漏水.jpg');
    await userEvent.click(page.getByRole('button', { name: '提交' }));

    const mobile = page.getByLabelText('手机号');
    await expect.element(mobile).toHaveAccessibleDescription('该手机号已登记为另一案件的当事人');
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].evidence).toEqual([
      { id: 'f-1', name: '漏水.jpg', url: '/files/f-1' },
    ]);
    expect(onDone).not.toHaveBeenCalled();
    // Editing the field clears the server's message.
    await userEvent.fill(mobile, '13912345678');
    await expect.element(mobile).not.toHaveAttribute('aria-invalid');
  });

  it('hand-laid form: the same validator behind register()', async () => {
    const onSubmit = vi.fn();
    await render(<HandLaidForm onSubmit={onSubmit} />);
    await userEvent.fill(page.getByLabelText('手机号'), '1381234');
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect
      .element(page.getByLabelText('手机号'))
      .toHaveAccessibleDescription('请填写有效的 11 位手机号');
    await userEvent.fill(page.getByLabelText('手机号'), '13812345678');
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ mobile: '13812345678' });
  });
});
