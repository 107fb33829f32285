import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { FormDefinition } from '../../types';
import { SchemaForm } from '../SchemaForm/SchemaForm';
import { sampleAreas } from '../testing/disputeIntakeForm';
import type { UploadHandler } from '../types';
import { fromLocalInput } from './localDateTime';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const fileObject = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' } },
};

/** A hazard report (安全隐患登记) with the widgets the intake form does not use. */
const hazardForm: FormDefinition = {
  id: 'hazard',
  title: text('安全隐患登记', 'Hazard report'),
  schema: {
    type: 'object',
    required: ['photos', 'area', 'signature'],
    properties: {
      photos: { type: 'array', minItems: 1, maxItems: 5, items: fileObject },
      notice: { type: 'string' },
      area: { type: 'string' },
      areaPath: { type: 'array', items: { type: 'string' } },
      signature: { type: 'string' },
      inspectAt: { type: 'string', format: 'date-time' },
      kinds: { type: 'array', items: { enum: ['fire', 'gas', 'electric'] } },
      agencies: { type: 'array', items: { enum: ['fire', 'market', 'housing'] } },
      fixedOnSite: { type: 'boolean' },
    },
  },
  ui: {
    fields: {
      photos: { widget: 'photo', label: text('现场照片', 'Photos') },
      notice: { widget: 'file', label: text('整改通知书', 'Rectification notice') },
      area: { widget: 'area', label: text('所在网格', 'Grid') },
      areaPath: { widget: 'area', label: text('上报区域', 'Reported area') },
      signature: { widget: 'signature', label: text('检查人签名', 'Inspector signature') },
      inspectAt: { label: text('复查时间', 'Re-inspection at') },
      kinds: {
        label: text('隐患类型', 'Kinds'),
        enumLabels: {
          fire: text('消防', 'Fire'),
          gas: text('燃气', 'Gas'),
          electric: text('用电', 'Electric'),
        },
      },
      agencies: {
        widget: 'select',
        label: text('责任部门', 'Departments'),
        enumLabels: {
          fire: text('消防救援大队', 'Fire brigade'),
          market: text('市场监管所', 'Market regulation'),
          housing: text('住建局', 'Housing'),
        },
      },
      fixedOnSite: { widget: 'radio', label: text('当场整改', 'Fixed on site') },
    },
  },
};

/** An upload function that records what it got and answers like a host's file store. */
function fakeStore() {
  let next = 1;
  const upload = vi.fn<UploadHandler>(async (file) => {
    const id = `f${next++}`;
    return { id, name: file.name, url: `data:image/png;base64,iVBORw0KGgo=`, size: file.size };
  });
  return upload;
}

const png = (name: string) =>
  new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });

function lastSubmitted(onSubmit: ReturnType<typeof vi.fn>) {
  return onSubmit.mock.calls.at(-1)![0] as Record<string, unknown>;
}

/** Draws a stroke on the signature pad with pointer events. */
function sign(canvas: HTMLElement) {
  const box = canvas.getBoundingClientRect();
  const at = (dx: number, dy: number) => ({
    clientX: box.left + dx,
    clientY: box.top + dy,
    pointerId: 7,
    bubbles: true,
    isPrimary: true,
  });
  canvas.dispatchEvent(new PointerEvent('pointerdown', at(20, 40)));
  for (let x = 30; x <= 200; x += 10) {
    canvas.dispatchEvent(new PointerEvent('pointermove', at(x, 40 + (x % 40))));
  }
  canvas.dispatchEvent(new PointerEvent('pointerup', at(200, 60)));
}

/** Fills the required photo, grid and signature (the form's upload function must work). */
async function fillRequired() {
  await userEvent.upload(page.getByLabelText('现场照片'), png('隐患1.png'));
  await expect.element(page.getByText('隐患1.png').first()).toBeVisible();
  const area = page.getByRole('group', { name: '所在网格' });
  await userEvent.selectOptions(area.getByLabelText('区县'), '和平县');
  await userEvent.selectOptions(area.getByLabelText('乡镇（街道）'), '城关镇');
  await userEvent.selectOptions(area.getByLabelText('社区（村）'), '北街社区');
  await userEvent.selectOptions(area.getByLabelText('网格'), '北街第二网格');
  sign(page.getByRole('img', { name: /^检查人签名/ }).element() as HTMLElement);
}

describe('widgets', () => {
  it('photos: camera capture, upload through the host, thumbnails, remove', async () => {
    const upload = fakeStore();
    const onSubmit = vi.fn();
    await render(
      <SchemaForm
        form={hazardForm}
        onUpload={upload}
        areaOptions={sampleAreas}
        onSubmit={onSubmit}
      />,
    );
    const input = page.getByLabelText('现场照片');
    await expect.element(input).toHaveAttribute('accept', 'image/*');
    await expect.element(input).toHaveAttribute('capture', 'environment');
    await expect.element(input).toHaveAttribute('multiple');

    await userEvent.upload(input, [png('东墙.png'), png('配电箱.png')]);
    await expect.element(page.getByRole('img', { name: '东墙.png' })).toBeVisible();
    await expect.element(page.getByRole('img', { name: '配电箱.png' })).toBeVisible();
    expect(upload.mock.calls.map(([file]) => file.name)).toEqual(['东墙.png', '配电箱.png']);
    await userEvent.click(page.getByRole('button', { name: '移除 东墙.png' }));
    await expect.element(page.getByRole('img', { name: '东墙.png' })).not.toBeInTheDocument();

    await fillRequired();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    // Only what the schema expects is kept of the host's answer (no `size`).
    expect(lastSubmitted(onSubmit).photos).toEqual([
      { id: 'f2', name: '配电箱.png', url: 'data:image/png;base64,iVBORw0KGgo=' },
      { id: 'f3', name: '隐患1.png', url: 'data:image/png;base64,iVBORw0KGgo=' },
    ]);
  });

  it('files: a string property keeps the id; a failed upload says so', async () => {
    let fail = true;
    let next = 9;
    const upload = vi.fn<UploadHandler>(async (file) => {
      if (fail) throw new Error('offline');
      return { id: `notice-${next++}`, name: file.name };
    });
    const onSubmit = vi.fn();
    await render(
      <SchemaForm
        form={hazardForm}
        onUpload={upload}
        areaOptions={sampleAreas}
        onSubmit={onSubmit}
      />,
    );
    const notice = page.getByLabelText('整改通知书');
    await expect.element(notice).not.toHaveAttribute('capture');
    await userEvent.upload(notice, new File(['%PDF'], '通知书.pdf', { type: 'application/pdf' }));
    await expect
      .element(page.getByRole('status').first())
      .toHaveTextContent('通知书.pdf 上传失败，请重试');
    fail = false;
    await userEvent.upload(notice, new File(['%PDF'], '通知书.pdf', { type: 'application/pdf' }));
    await expect.element(page.getByText('通知书.pdf', { exact: true })).toBeVisible();
    await fillRequired();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(lastSubmitted(onSubmit).notice).toBe('notice-9');
  });

  it('files: the form waits for a running upload before it submits', async () => {
    let finish!: () => void;
    const slow = vi.fn<UploadHandler>(
      (file) =>
        new Promise((resolve) => {
          finish = () => resolve({ id: 'late-1', name: file.name });
        }),
    );
    const onSubmit = vi.fn();
    await render(
      <SchemaForm
        form={hazardForm}
        onUpload={slow}
        areaOptions={sampleAreas}
        onSubmit={onSubmit}
      />,
    );
    await userEvent.upload(page.getByLabelText('现场照片'), png('隐患1.png'));
    const button = page.getByRole('button', { name: '附件上传中…' });
    await expect.element(button).toBeDisabled();
    // Enter in a field submits the form too: it must wait, not send the form without the photo.
    (
      page.getByRole('button', { name: '附件上传中…' }).element() as HTMLButtonElement
    ).form!.requestSubmit();
    expect(onSubmit).not.toHaveBeenCalled();
    finish();
    await expect.element(page.getByRole('button', { name: '提交' })).toBeEnabled();
    await expect.element(page.getByText('隐患1.png', { exact: true })).toBeVisible();
    // the submit asked for while uploading went on once the upload was stored (and failed on
    // the still empty grid and signature, so the host got nothing)
    const summary = page.getByRole('alert');
    await expect.element(summary).toHaveTextContent(/所在网格/);
    await expect.element(summary).not.toHaveTextContent(/现场照片/);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('files: without an upload function the input is off and says why', async () => {
    await render(<SchemaForm form={hazardForm} onSubmit={() => {}} />);
    await expect.element(page.getByLabelText('现场照片')).toBeDisabled();
    await expect.element(page.getByText('当前页面不支持上传附件').first()).toBeVisible();
    // A signature stored inline (a string) needs no upload.
    sign(page.getByRole('img', { name: /^检查人签名/ }).element() as HTMLElement);
    await expect.element(page.getByRole('img', { name: '检查人签名: 已签名' })).toBeVisible();
  });

  it('signature: a drawn stroke is stored as a PNG data URL; clearing empties it', async () => {
    const onSubmit = vi.fn();
    await render(
      <SchemaForm
        form={hazardForm}
        onUpload={fakeStore()}
        areaOptions={sampleAreas}
        onSubmit={onSubmit}
      />,
    );
    const pad = page.getByRole('img', { name: '检查人签名: 尚未签名' });
    await expect.element(pad).toBeVisible();
    await fillRequired();
    await expect.element(page.getByRole('img', { name: '检查人签名: 已签名' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const signature = lastSubmitted(onSubmit).signature as string;
    expect(signature).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(signature.length).toBeGreaterThan(200);

    await userEvent.click(page.getByRole('button', { name: '清除签名' }));
    await expect.element(page.getByRole('img', { name: '检查人签名: 尚未签名' })).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await expect
      .element(page.getByRole('group', { name: '检查人签名' }))
      .toHaveTextContent('此项为必填项');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('signature: an object property stores the PNG through the host’s upload', async () => {
    const form: FormDefinition = {
      id: 'agreement',
      title: text('调解协议', 'Agreement'),
      schema: {
        type: 'object',
        required: ['signed'],
        properties: { signed: fileObject },
      },
      ui: {
        fields: { signed: { widget: 'signature', label: text('当事人签名', 'Party signature') } },
      },
    };
    const upload = fakeStore();
    const onSubmit = vi.fn();
    await render(<SchemaForm form={form} onUpload={upload} onSubmit={onSubmit} />);
    sign(page.getByRole('img', { name: '当事人签名: 尚未签名' }).element() as HTMLElement);
    await expect.element(page.getByRole('img', { name: '当事人签名: 已签名' })).toBeVisible();
    const [file] = upload.mock.calls[0]!;
    expect([file.name, file.type]).toEqual(['signature.png', 'image/png']);
    expect(file.size).toBeGreaterThan(100);
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(lastSubmitted(onSubmit).signed).toEqual({
      id: 'f1',
      name: 'signature.png',
      url: 'data:image/png;base64,iVBORw0KGgo=',
    });
  });

  it('area: cascading selects from the host’s areas, deepest id or whole path', async () => {
    const onSubmit = vi.fn();
    await render(
      <SchemaForm
        form={hazardForm}
        onUpload={fakeStore()}
        areaOptions={sampleAreas}
        defaultValues={{ areaPath: ['heping', 'chengguan'] }}
        onSubmit={onSubmit}
      />,
    );
    const area = page.getByRole('group', { name: '所在网格' });
    await expect.element(area.getByLabelText('乡镇（街道）')).not.toBeInTheDocument();
    await userEvent.selectOptions(area.getByLabelText('区县'), '和平县');
    await userEvent.selectOptions(area.getByLabelText('乡镇（街道）'), '城关镇');
    await userEvent.selectOptions(area.getByLabelText('社区（村）'), '北街社区');
    await userEvent.selectOptions(area.getByLabelText('网格'), '北街第一网格');
    // Choosing another township forgets the levels below it.
    await userEvent.selectOptions(area.getByLabelText('乡镇（街道）'), '东湖街道');
    await expect.element(area.getByLabelText('社区（村）')).not.toBeInTheDocument();
    await userEvent.selectOptions(area.getByLabelText('乡镇（街道）'), '城关镇');
    await expect.element(area.getByLabelText('社区（村）')).toHaveValue('');

    const path = page.getByRole('group', { name: '上报区域' });
    await expect.element(path.getByLabelText('乡镇（街道）')).toHaveValue('chengguan');
    await userEvent.selectOptions(path.getByLabelText('社区（村）'), '北街社区');

    await fillRequired();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(lastSubmitted(onSubmit).area).toBe('grid-2');
    expect(lastSubmitted(onSubmit).areaPath).toEqual(['heping', 'chengguan', 'beijie']);
  });

  it('date-time, checkbox list, multiple select and yes/no radios give typed values', async () => {
    const onSubmit = vi.fn();
    await render(
      <SchemaForm
        form={hazardForm}
        onUpload={fakeStore()}
        areaOptions={sampleAreas}
        onSubmit={onSubmit}
      />,
    );
    await userEvent.fill(page.getByLabelText('复查时间'), '2026-03-01T09:30');
    const kinds = page.getByRole('group', { name: '隐患类型' });
    await userEvent.click(kinds.getByRole('checkbox', { name: '用电' }));
    await userEvent.click(kinds.getByRole('checkbox', { name: '消防' }));
    await userEvent.selectOptions(page.getByLabelText('责任部门'), ['住建局', '消防救援大队']);
    await userEvent.click(page.getByRole('radio', { name: '否' }));
    await fillRequired();
    await userEvent.click(page.getByRole('button', { name: '提交' }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const data = lastSubmitted(onSubmit);
    const offset = -new Date('2026-03-01T09:30').getTimezoneOffset();
    expect(data.inspectAt).toBe(fromLocalInput('2026-03-01T09:30', offset));
    expect(data.kinds).toEqual(['fire', 'electric']);
    expect(data.agencies).toEqual(['fire', 'housing']);
    expect(data.fixedOnSite).toBe(false);
  });

  it('shows stored values again (a draft reopened)', async () => {
    await render(
      <SchemaForm
        form={hazardForm}
        locale="en"
        onUpload={fakeStore()}
        areaOptions={sampleAreas}
        defaultValues={{
          photos: [{ id: 'p1', name: 'wall.png', url: 'data:image/png;base64,iVBORw0KGgo=' }],
          area: 'grid-1',
          inspectAt: '2026-03-01T01:30:00Z',
          kinds: ['gas'],
          fixedOnSite: true,
        }}
        onSubmit={() => {}}
      />,
    );
    await expect.element(page.getByRole('img', { name: 'wall.png' })).toBeVisible();
    const area = page.getByRole('group', { name: 'Grid', exact: true });
    await expect.element(area.getByLabelText('Community / village')).toHaveValue('beijie');
    await expect.element(area.getByLabelText('Grid')).toHaveValue('grid-1');
    const local = new Date('2026-03-01T01:30:00Z');
    const shown = new Date(local.getTime() - local.getTimezoneOffset() * 60_000);
    await expect
      .element(page.getByLabelText('Re-inspection at'))
      .toHaveValue(shown.toISOString().slice(0, 16));
    await expect.element(page.getByRole('checkbox', { name: 'Gas' })).toBeChecked();
    await expect.element(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  });
});
