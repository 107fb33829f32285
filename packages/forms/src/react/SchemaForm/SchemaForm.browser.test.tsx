import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { ValidationIssue } from '../../types';
import { createValidator } from '../../validator';
import { disputeIntakeForm, VALID_ID, WRONG_CHECK_DIGIT_ID } from '../testing/disputeIntakeForm';
import { SchemaForm } from './SchemaForm';

const submitButton = () => page.getByRole('button', { name: '提交' });

async function fillValidIntake() {
  await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '邻里纠纷');
  await userEvent.fill(page.getByLabelText('纠纷概要'), '楼上漏水，双方就维修费用发生争执');
  await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
  await userEvent.fill(page.getByLabelText('姓名'), '张三');
  await userEvent.fill(page.getByLabelText('身份证号'), VALID_ID);
}

describe('<SchemaForm>', () => {
  it('submits the data typed into the form, with typed values', async () => {
    const onSubmit = vi.fn();
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={onSubmit} />);
    await fillValidIntake();
    await userEvent.fill(page.getByLabelText('涉及金额（元）'), '1200');
    await userEvent.click(page.getByLabelText('需要当天处理'));
    await userEvent.click(page.getByRole('radio', { name: '申请人', exact: true }));
    await userEvent.fill(page.getByLabelText('登记日期'), '2026-03-01');
    await userEvent.click(submitButton());
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      category: 'neighbour',
      summary: '楼上漏水，双方就维修费用发生争执',
      reportedOn: '2026-03-01',
      amount: 1200,
      urgent: true,
      parties: [{ name: '张三', idNumber: VALID_ID, role: 'applicant' }],
    });
  });

  it('shows a conditional field when its condition holds, and drops its value when hidden', async () => {
    const onSubmit = vi.fn();
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={onSubmit} />);
    await fillValidIntake();
    await expect.element(page.getByLabelText('地块编号')).not.toBeInTheDocument();

    await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '土地纠纷');
    await expect.element(page.getByLabelText('地块编号')).toBeVisible();
    await userEvent.click(submitButton());
    // Shown, the field is required again.
    await expect.element(page.getByLabelText('地块编号')).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.fill(page.getByLabelText('地块编号'), 'CG-0231');

    await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '劳动纠纷');
    await expect.element(page.getByLabelText('地块编号')).not.toBeInTheDocument();
    await userEvent.click(submitButton());
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).not.toHaveProperty('landParcel');
  });

  it('adds, reorders and removes parties', async () => {
    const onSubmit = vi.fn();
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={onSubmit} />);
    await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '邻里纠纷');
    await userEvent.fill(page.getByLabelText('纠纷概要'), '宅基地边界争议');
    await expect.element(page.getByText('暂无当事人')).toBeVisible();
    const add = page.getByRole('button', { name: '添加当事人' });
    for (const name of ['甲', '乙', '丙']) {
      await userEvent.click(add);
      // The new party's first field gets focus.
      await expect.element(page.getByRole('textbox', { name: '姓名' }).last()).toHaveFocus();
      await userEvent.keyboard(name);
      await userEvent.fill(page.getByRole('textbox', { name: '身份证号' }).last(), VALID_ID);
    }
    await expect.element(page.getByRole('group', { name: '当事人 3' })).toBeVisible();

    await userEvent.click(page.getByRole('button', { name: '上移当事人 3' }));
    await userEvent.click(page.getByRole('button', { name: '删除当事人 1' }));
    await expect.element(page.getByRole('group', { name: '当事人 3' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: '上移当事人 1' })).toBeDisabled();
    await expect.element(page.getByRole('button', { name: '下移当事人 2' })).toBeDisabled();

    await userEvent.click(submitButton());
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const { parties } = onSubmit.mock.calls[0]![0] as { parties: { name: string }[] };
    expect(parties.map((p) => p.name)).toEqual(['丙', '乙']);
  });

  it('says when the list is too short, and does not flag a party just added', async () => {
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    await userEvent.click(submitButton());
    const list = page.getByRole('group', { name: '当事人', exact: true });
    await expect.element(list).toHaveTextContent('至少需要 1 项');
    await expect.element(page.getByRole('alert')).toHaveTextContent('当事人: 至少需要 1 项');

    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await expect.element(list).not.toHaveTextContent('至少需要 1 项');
    await expect.element(page.getByLabelText('姓名')).not.toHaveAttribute('aria-invalid');
    await expect.element(page.getByLabelText('身份证号')).not.toHaveAttribute('aria-invalid');
    // The next submit checks the new party's fields.
    await userEvent.click(submitButton());
    await expect.element(page.getByLabelText('身份证号')).toHaveAttribute('aria-invalid', 'true');
  });

  it('blocks submit with zh-CN messages on the fields and in an alert summary', async () => {
    const onSubmit = vi.fn();
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={onSubmit} />);
    await fillValidIntake();
    await userEvent.fill(page.getByLabelText('身份证号'), WRONG_CHECK_DIGIT_ID);
    await userEvent.fill(page.getByLabelText('纠纷概要'), '');
    await userEvent.click(submitButton());

    const idInput = page.getByLabelText('身份证号');
    await expect.element(idInput).toHaveAttribute('aria-invalid', 'true');
    await expect.element(idInput).toHaveAccessibleDescription('身份证号校验位不正确，请逐位核对');
    await expect
      .element(page.getByLabelText('纠纷概要'))
      .toHaveAccessibleDescription('简要说明起因和诉求 此项为必填项');
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('有 2 处需要修改');
    await expect
      .element(
        summary.getByRole('link', {
          name: '当事人 1 · 身份证号: 身份证号校验位不正确，请逐位核对',
        }),
      )
      .toBeVisible();
    // The first field in error gets focus.
    await expect.element(page.getByLabelText('纠纷概要')).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();

    // Fixing a field clears its message as it is typed.
    await userEvent.fill(idInput, VALID_ID);
    await expect.element(idInput).not.toHaveAttribute('aria-invalid');
    await expect.element(summary).toHaveTextContent('有 1 处需要修改');
    await summary.getByRole('link').click();
    await expect.element(page.getByLabelText('纠纷概要')).toHaveFocus();
  });

  it('puts server issues (a 422) on their fields, the list and the form', async () => {
    const issues: ValidationIssue[] = [
      { path: 'parties.1.mobile', code: 'format.cn-mobile', message: '请填写有效的 11 位手机号' },
      { path: 'parties', code: 'conflict', message: '同一当事人不能登记两次' },
      { path: '', code: 'case.closed', message: '案件已结案，不能再修改' },
    ];
    const parties = [
      { name: '张三', idNumber: VALID_ID },
      { name: '李四', idNumber: VALID_ID, mobile: '12345' },
    ];
    const screen = await render(
      <SchemaForm form={disputeIntakeForm} defaultValues={{ parties }} onSubmit={() => {}} />,
    );
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
    await screen.rerender(
      <SchemaForm
        form={disputeIntakeForm}
        defaultValues={{ parties }}
        serverIssues={issues}
        onSubmit={() => {}}
      />,
    );
    const secondMobile = page.getByRole('group', { name: '当事人 2' }).getByLabelText('手机号');
    await expect.element(secondMobile).toHaveAttribute('aria-invalid', 'true');
    await expect.element(secondMobile).toHaveAccessibleDescription('请填写有效的 11 位手机号');
    await expect.element(secondMobile).toHaveFocus();
    const firstMobile = page.getByRole('group', { name: '当事人 1' }).getByLabelText('手机号');
    await expect.element(firstMobile).not.toHaveAttribute('aria-invalid');
    await expect
      .element(page.getByRole('group', { name: '当事人', exact: true }))
      .toHaveTextContent('同一当事人不能登记两次');
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent('有 3 处需要修改');
    await expect.element(summary).toHaveTextContent('案件已结案，不能再修改');
  });

  it('speaks English with locale="en": labels, buttons, validation messages', async () => {
    await render(<SchemaForm form={disputeIntakeForm} locale="en" onSubmit={() => {}} />);
    await userEvent.click(page.getByRole('button', { name: 'Add Party' }));
    await userEvent.fill(page.getByLabelText('ID number'), WRONG_CHECK_DIGIT_ID);
    await userEvent.click(page.getByRole('button', { name: 'Submit' }));
    await expect
      .element(page.getByLabelText('ID number'))
      .toHaveAccessibleDescription('The check character does not match; check each digit');
    await expect
      .element(page.getByLabelText('Summary'))
      .toHaveAccessibleDescription(
        'What started it and what each side asks for This field is required',
      );
    await expect.element(page.getByRole('alert')).toHaveTextContent('Please correct 4 problem(s)');
    await expect.element(page.getByRole('button', { name: 'Move Party 1 up' })).toBeDisabled();
    await expect.element(page.getByRole('form', { name: 'Dispute intake' })).toBeVisible();
  });

  it('switches the messages on screen when the locale changes', async () => {
    const screen = await render(<SchemaForm form={disputeIntakeForm} onSubmit={() => {}} />);
    await userEvent.click(submitButton());
    await expect
      .element(page.getByLabelText('纠纷概要'))
      .toHaveAccessibleDescription('简要说明起因和诉求 此项为必填项');
    await screen.rerender(<SchemaForm form={disputeIntakeForm} locale="en" onSubmit={() => {}} />);
    await expect
      .element(page.getByLabelText('Summary'))
      .toHaveAccessibleDescription(
        'What started it and what each side asks for This field is required',
      );
  });

  it('ties labels, help and errors to their inputs for screen readers', async () => {
    await render(<SchemaForm form={disputeIntakeForm} id="intake" onSubmit={() => {}} />);
    const summaryInput = page.getByLabelText('纠纷概要');
    await expect.element(summaryInput).toHaveAttribute('id', 'intake-summary');
    await expect.element(summaryInput).toHaveAttribute('aria-required', 'true');
    await expect.element(summaryInput).toHaveAttribute('aria-describedby', 'intake-summary-help');
    await userEvent.click(submitButton());
    await expect
      .element(summaryInput)
      .toHaveAttribute('aria-describedby', 'intake-summary-help intake-summary-error');
    await expect.element(page.getByRole('alert')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    const role = page.getByRole('radiogroup', { name: '身份' });
    await expect.element(role).toBeVisible();
    await expect.element(role.getByRole('radio', { name: '被申请人' })).toBeVisible();
    // The required mark is visual only; the requirement is announced through aria-required.
    await expect.element(page.getByText('*').first()).toHaveAttribute('aria-hidden', 'true');
  });

  it('compiles the form once, after it is first painted, never while someone types', async () => {
    const shared = createValidator();
    const validate = vi.fn();
    // Whether the form was already on screen when it was compiled, per compile.
    const shownAtCompile: boolean[] = [];
    const compile = vi.fn((form: typeof disputeIntakeForm) => {
      shownAtCompile.push(document.querySelector('form.gc-form') !== null);
      const compiled = shared.compile(form);
      return {
        validate: (data: unknown, options?: { locale?: 'zh-CN' | 'en' }) => {
          validate();
          return compiled.validate(data, options);
        },
      };
    });
    const screen = await render(
      <SchemaForm form={disputeIntakeForm} validator={{ compile }} onSubmit={() => {}} />,
    );
    await vi.waitFor(() => expect(compile).toHaveBeenCalledTimes(1));
    expect(shownAtCompile).toEqual([true]);
    validate.mockClear(); // the warm-up's checks
    await userEvent.click(submitButton());
    await userEvent.type(page.getByLabelText('纠纷概要'), '楼上漏水到楼下');
    await screen.rerender(
      <SchemaForm form={disputeIntakeForm} validator={{ compile }} onSubmit={() => {}} />,
    );
    await expect.element(page.getByLabelText('纠纷概要')).not.toHaveAttribute('aria-invalid');
    expect(validate.mock.calls.length).toBeGreaterThan(4);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('lays out properties defined through local $refs', async () => {
    const onSubmit = vi.fn();
    const form = {
      id: 'with-refs',
      title: { 'zh-CN': '登记', en: 'Intake' },
      schema: {
        type: 'object',
        $defs: {
          person: {
            type: 'object',
            required: ['idNumber'],
            properties: { idNumber: { type: 'string', format: 'cn-idcard', title: '身份证号' } },
          },
        },
        properties: { parties: { type: 'array', items: { $ref: '#/$defs/person' } } },
      },
      ui: { fields: { parties: { label: { 'zh-CN': '当事人', en: 'Party' } } } },
    };
    await render(<SchemaForm form={form} onSubmit={onSubmit} />);
    await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
    await userEvent.fill(page.getByLabelText('身份证号'), WRONG_CHECK_DIGIT_ID);
    await userEvent.click(submitButton());
    await expect
      .element(page.getByLabelText('身份证号'))
      .toHaveAccessibleDescription('身份证号校验位不正确，请逐位核对');
    await userEvent.fill(page.getByLabelText('身份证号'), VALID_ID);
    await userEvent.click(submitButton());
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({ parties: [{ idNumber: VALID_ID }] });
  });

  it('disables every control when disabled', async () => {
    await render(
      <SchemaForm
        form={disputeIntakeForm}
        disabled
        defaultValues={{ parties: [{ name: '张三' }] }}
        onSubmit={() => {}}
      />,
    );
    await expect.element(page.getByLabelText('纠纷概要')).toBeDisabled();
    await expect.element(page.getByLabelText('姓名')).toBeDisabled();
    await expect.element(page.getByRole('button', { name: '删除当事人 1' })).toBeDisabled();
    await expect.element(submitButton()).toBeDisabled();
  });
});
