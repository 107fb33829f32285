import { CitizenReport } from '@gridcase/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { citizenIntake, fakeCitizenClient, SECRET, TRACKING_CODE } from '../fixtures/citizen';

const meta = {
  title: 'Citizens/CitizenReport',
  component: CitizenReport,
  args: { client: fakeCitizenClient(), onTrack: fn(), onReceipt: fn(), saveDraft: false },
} satisfies Meta<typeof CitizenReport>;
export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** Fills the dispute form as a citizen would, down to the grid. */
async function fillDispute(canvas: Canvas) {
  await userEvent.type(await canvas.findByLabelText(/^简要说明/), '楼道堆放杂物，影响通行');
  await userEvent.selectOptions(canvas.getByLabelText(/^纠纷类别/), '邻里纠纷');
  await userEvent.type(canvas.getByLabelText(/^联系电话/), '13800138000');
  await userEvent.selectOptions(canvas.getByLabelText('乡镇（街道）'), '城关镇');
  await userEvent.selectOptions(canvas.getByLabelText('社区（村）'), '北街社区');
  await userEvent.selectOptions(canvas.getByLabelText('网格'), '北街第一网格');
}

/** A dispute with a photo: the receipt shows the tracking code and the secret. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: '和平县 · 群众反映' })).toBeVisible();
    await fillDispute(canvas);
    const photo = canvas.getByLabelText(/^现场照片/);
    await expect(photo).toHaveAttribute('capture', 'environment');
    await userEvent.upload(photo, new File([PNG], '楼道.png', { type: 'image/png' }));
    await expect(await canvas.findByRole('img', { name: '楼道.png' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: '提交反映' }));
    await expect(await canvas.findByRole('heading', { name: '已收到您的反映' })).toHaveFocus();
    await expect(canvas.getByTestId('tracking-code')).toHaveTextContent(TRACKING_CODE);
    await expect(canvas.getByTestId('tracking-secret')).toHaveTextContent(SECRET);
    await userEvent.click(canvas.getByRole('button', { name: '查看办理进度' }));
    await expect(args.onTrack).toHaveBeenCalledWith(expect.objectContaining({ secret: SECRET }));
    await expect(args.onReceipt).toHaveBeenCalledWith(expect.anything(), 'dispute');
  },
};

/** The form checks itself before anything is sent: required fields, the mobile number. */
export const CheckedBeforeSending: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/^联系电话/), '12345');
    await userEvent.click(canvas.getByRole('button', { name: '提交反映' }));
    await waitFor(() => expect(canvas.getAllByText('此项为必填项').length).toBeGreaterThan(1));
    await expect(args.onReceipt).not.toHaveBeenCalled();
  },
};

/** A county that opened both case types: the citizen chooses what to report. */
export const ChooseCaseType: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: '反映安全隐患' }));
    await expect(canvas.getByRole('heading', { name: '反映安全隐患' })).toBeVisible();
  },
};

/** Too many reports from this address: the server's coded refusal, what to do, and the code. */
export const RateLimited: Story = {
  args: { client: fakeCitizenClient({ refuse: { report: 'public.rateLimited' } }) },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await fillDispute(canvas);
    await userEvent.click(canvas.getByRole('button', { name: '提交反映' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('提交太频繁了');
    await expect(alert).toHaveTextContent('请在 600 秒后再试。');
    await expect(alert).toHaveTextContent('错误代码：public.rateLimited');
    await expect(args.onReceipt).not.toHaveBeenCalled();
  },
};

/** The same report again within minutes. */
export const Duplicate: Story = {
  args: { client: fakeCitizenClient({ refuse: { report: 'public.duplicate' } }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillDispute(canvas);
    await userEvent.click(canvas.getByRole('button', { name: '提交反映' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('相同的内容刚刚已经收到');
  },
};

/** A photo over the county's size limit is refused on the phone, before it is sent. */
export const PhotoTooLarge: Story = {
  args: {
    client: fakeCitizenClient({
      intake: { ...citizenIntake, limits: { ...citizenIntake.limits, photoBytes: 1048576 } },
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const big = new File([PNG, new Uint8Array(1_200_000)], '大照片.png', { type: 'image/png' });
    await userEvent.upload(await canvas.findByLabelText(/^现场照片/), big);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('照片太大了（不能超过 1 MB）');
    await expect(alert).toHaveTextContent('请缩小照片，或换一张再上传。');
    await expect(canvas.queryByRole('img', { name: '大照片.png' })).toBeNull();
  },
};

export const Loading: Story = { args: { client: fakeCitizenClient({ hang: true }) } };

/** A wrong address (an old poster): the coded refusal tells the citizen what to do. */
export const ErrorState: Story = {
  name: 'Error',
  args: { client: fakeCitizenClient({ refuse: { intake: 'public.countyUnknown' } }) },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('没有找到这个县（区）的群众反映入口');
    await expect(alert).toHaveTextContent('请重新扫描张贴的二维码');
  },
};

/** No case type is open to citizens. */
export const Empty: Story = {
  args: { client: fakeCitizenClient({ intake: { ...citizenIntake, caseTypes: [] } }) },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/本县（区）暂未开通网上反映/),
    ).toBeVisible();
  },
};

export const LongChineseText: Story = {
  args: {
    client: fakeCitizenClient({
      intake: {
        ...citizenIntake,
        county: {
          id: 'heping',
          name: { 'zh-CN': '和平县城关镇北街社区矛盾纠纷多元化解中心', en: 'Heping' },
        },
        caseTypes: citizenIntake.caseTypes.map((c) => ({
          ...c,
          formTitle: {
            'zh-CN': '反映邻里、婚姻家庭、土地山林、劳动争议、消费、物业等各类矛盾纠纷',
            en: 'Report a dispute of any kind',
          },
        })),
      },
    }),
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Report a dispute' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send report' })).toBeVisible();
  },
};
