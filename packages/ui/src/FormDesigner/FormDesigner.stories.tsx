import { checkFormForPublish, type FormDefinition } from '@gridcase/forms';
import { FormDesigner, newForm } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { mediationForm } from '../fixtures/caseDetail';

const meta = {
  title: 'Forms/FormDesigner',
  component: FormDesigner,
  args: {
    form: newForm('party-register', { 'zh-CN': '当事人登记', en: 'Party register' }),
    onChange: fn(),
    onSave: fn(),
  },
} satisfies Meta<typeof FormDesigner>;
export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Adds a required ID-number field with the Chinese ID format; the live preview (the real
 * renderer and validator) refuses a wrong check digit and accepts a right one.
 */
export const IdNumberField: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '添加字段' }));
    await userEvent.clear(canvas.getByLabelText('标签（中文）'));
    await userEvent.paste('身份证号');
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(canvas.getByLabelText('格式校验'), '居民身份证号码');
    await expect(canvas.getByLabelText('个人信息（列表中脱敏）')).toHaveValue('idcard');
    await userEvent.click(canvas.getByLabelText('必填'));

    const preview = within(canvas.getByRole('region', { name: '实时预览' }));
    const idField = () => preview.getByLabelText(/^身份证号/);
    await userEvent.type(idField(), '110105194912310021');
    await userEvent.click(preview.getByRole('button', { name: '提交' }));
    await expect(await preview.findByText('身份证号校验位不正确，请逐位核对')).toBeVisible();
    await expect(preview.queryByText('预览提交的数据')).toBeNull();

    await userEvent.clear(idField());
    await userEvent.type(idField(), '11010519491231002X');
    await userEvent.click(preview.getByRole('button', { name: '提交' }));
    await expect(await preview.findByText('预览提交的数据')).toBeVisible();
    await expect(preview.getByText(/"field1": "11010519491231002X"/)).toBeVisible();

    // the emitted schema + UI schema pass the publish gate
    await expect(canvas.getByRole('region', { name: '发布检查' })).toHaveTextContent(
      '检查通过，可以发布',
    );
    await userEvent.click(canvas.getByRole('button', { name: '保存表单' }));
    const [saved] = (args.onSave as ReturnType<typeof fn>).mock.calls.at(-1) ?? [];
    const form = saved as FormDefinition;
    await expect(form.schema).toEqual({
      type: 'object',
      additionalProperties: false,
      properties: {
        field1: { type: 'string', maxLength: 100, format: 'cn-idcard', 'x-pii': 'idcard' },
      },
      required: ['field1'],
    });
    await expect(form.ui?.fields?.field1?.label).toEqual({
      'zh-CN': '身份证号',
      en: 'New field 1',
    });
    await expect(checkFormForPublish(form).ok).toBe(true);
  },
};

/** A field shown only when another has a value; the preview follows the condition. */
export const ConditionalField: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('控件类型'), '勾选框');
    await userEvent.click(canvas.getByRole('button', { name: '添加字段' }));
    await userEvent.selectOptions(canvas.getByLabelText('控件类型'), '多行文本');
    await userEvent.click(canvas.getByRole('button', { name: '添加字段' }));
    await userEvent.selectOptions(canvas.getByLabelText('当字段'), '新字段 1');
    await expect(canvas.getByLabelText('等于')).toHaveValue('true');
    const preview = within(canvas.getByRole('region', { name: '实时预览' }));
    await expect(preview.queryByLabelText(/^新字段 2/)).toBeNull();
    await userEvent.click(preview.getByLabelText(/^新字段 1/));
    await expect(preview.getByLabelText(/^新字段 2/)).toBeVisible();
  },
};

/** A field the gate refuses (text longer than the gate lets any text be): the finding is on it. */
export const GateFindings: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('控件类型'), '单行文本');
    await userEvent.click(canvas.getByRole('button', { name: '添加字段' }));
    await userEvent.clear(canvas.getByLabelText('最多字数'));
    await userEvent.type(canvas.getByLabelText('最多字数'), '50000{Enter}');
    const checks = canvas.getByRole('region', { name: '发布检查' });
    await waitFor(() => expect(checks).toHaveTextContent('发现 1 个问题'));
    await expect(within(checks).getByText(/新字段 1/)).toBeVisible();
    await expect(
      within(canvas.getByRole('navigation', { name: '字段列表' })).getByText('1 个问题'),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '保存表单' }));
    await expect(canvas.getByText('请先解决检查发现的问题')).toBeVisible();
    await expect(args.onSave).not.toHaveBeenCalled();
    await userEvent.click(canvas.getByRole('button', { name: '删除字段' }));
    await expect(checks).toHaveTextContent('检查通过，可以发布');
  },
};

/** A signature field passes the gate; the preview stores the drawing as an uploaded file. */
export const SignatureAsAttachment: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('控件类型'), '手写签名');
    await userEvent.click(canvas.getByRole('button', { name: '添加字段' }));
    const checks = canvas.getByRole('region', { name: '发布检查' });
    await waitFor(() => expect(checks).toHaveTextContent('检查通过，可以发布'));
    const preview = canvas.getByRole('region', { name: '实时预览' });
    const pad = preview.querySelector('canvas') as HTMLCanvasElement;
    const box = pad.getBoundingClientRect();
    const at = (dx: number, dy: number) => ({
      clientX: box.left + dx,
      clientY: box.top + dy,
      pointerId: 7,
      bubbles: true,
      isPrimary: true,
    });
    pad.dispatchEvent(new PointerEvent('pointerdown', at(20, 40)));
    for (let x = 30; x <= 200; x += 10)
      pad.dispatchEvent(new PointerEvent('pointermove', at(x, 50)));
    pad.dispatchEvent(new PointerEvent('pointerup', at(200, 60)));
    await waitFor(() => expect(pad).toHaveAttribute('data-signed', 'true'));
    await userEvent.click(within(preview).getByRole('button', { name: /提交|Submit/ }));
    const data = await within(preview).findByText(/preview-\d+/);
    await expect(JSON.parse(data.textContent ?? '{}').field1).toMatchObject({
      id: expect.stringMatching(/^preview-/),
      name: 'signature.png',
    });
  },
};

/** One field of every widget type. */
export const EveryWidget: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const types = within(canvas.getByLabelText('控件类型')).getAllByRole('option');
    await expect(types).toHaveLength(13);
    for (const option of types) {
      await userEvent.selectOptions(canvas.getByLabelText('控件类型'), option);
      await userEvent.click(canvas.getByRole('button', { name: '添加字段' }));
    }
    const list = within(canvas.getByRole('navigation', { name: '字段列表' }));
    await expect(list.getAllByRole('button', { name: /^新字段/ })).toHaveLength(13);
  },
};

export const FromExistingForm: Story = { args: { form: mediationForm } };
export const Empty: Story = {};
export const LongChineseText: Story = {
  args: {
    form: {
      ...mediationForm,
      title: { 'zh-CN': '矛盾纠纷多元化解工作站当事人及利害关系人基本情况登记表', en: 'Long' },
      ui: {
        ...mediationForm.ui,
        fields: {
          ...mediationForm.ui?.fields,
          mediatedOn: {
            label: {
              'zh-CN': '经村（居）人民调解委员会主持调解并达成一致意见的具体日期',
              en: 'Date',
            },
          },
        },
      },
    },
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: { form: mediationForm },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Add field' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Live preview' })).toBeVisible();
  },
};
