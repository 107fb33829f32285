import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { disputeIntakeForm, VALID_ID, WRONG_CHECK_DIGIT_ID } from '../testing/disputeIntakeForm';
import { SchemaForm } from './SchemaForm';

async function fillValidIntake() {
  await userEvent.selectOptions(page.getByLabelText('纠纷类别'), '邻里纠纷');
  await userEvent.fill(page.getByLabelText('纠纷概要'), '楼上漏水，双方就维修费用发生争执');
  await userEvent.click(page.getByRole('button', { name: '添加当事人' }));
  await userEvent.fill(page.getByLabelText('姓名'), '张三');
  await userEvent.fill(page.getByLabelText('身份证号'), VALID_ID);
}

describe('<SchemaForm>', () => {
  it('submits the data typed into the form', async () => {
    const onSubmit = vi.fn();
    await render(<SchemaForm form={disputeIntakeForm} onSubmit={onSubmit} />);
    await fillValidIntake();
    await userEvent.fill(page.getByLabelText('涉及金额（元）'), '1200');
    await userEvent.click(page.getByLabelText('需要当天处理'));
    await userEvent.click(page.getByRole('radio', { name: '申请人', exact: true }));
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      category: 'neighbour',
      summary: '楼上漏水，双方就维修费用发生争执',
      amount: 1200,
      urgent: true,
      parties: [{ name: '张三', idNumber: VALID_ID, role: 'applicant' }],
    });
  });
});
