import { photoPng } from '@gridcase/example-county-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fact, openFromWorklist } from './caseSteps';
import { type E2e, startE2e } from './startE2e';

const DAY = 86_400_000;
let e2e: E2e;
let caseId: string;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

const photo = (name: string, color: string) => ({
  name,
  mimeType: 'image/png',
  buffer: Buffer.from(photoPng(color)),
});

describe('hazard rectification in Linhu County, with supervision', () => {
  it('a grid member reports a hazard with a photo', async () => {
    const page = await e2e.signIn('lh-grid-wh1');
    await page.getByRole('link', { name: '登记案件' }).click();
    await page.getByLabel('隐患名称').fill('沿街餐馆液化气钢瓶露天存放');
    await page.getByLabel('隐患类别').selectOption({ label: '燃气' });
    await page.getByLabel('地址').fill('望湖社区望湖路56号');
    await page.getByLabel('现场照片').setInputFiles(photo('钢瓶现场.png', '#2980b9'));
    // stored once its remove button shows (while it uploads, only a status line names it)
    await page.getByRole('button', { name: '移除 钢瓶现场.png' }).waitFor();
    await page.getByLabel('责任单位').fill('望湖路老张餐馆');
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect.poll(() => fact(page, '当前环节').textContent()).toBe('核实定级');
    // the photo chosen before the case existed is now one of its attachments
    await expect
      .poll(async () => {
        const res = await e2e.api('lh-grid-wh1', 'GET', `/cases/${caseId}/attachments`);
        return (res.body as unknown as { name: string }[]).map((a) => a.name);
      })
      .toEqual(['钢瓶现场.png']);
    await page.reload();
    await page
      .getByRole('button', { name: /钢瓶现场\.png/ })
      .or(page.getByText('钢瓶现场.png'))
      .first()
      .waitFor();
    await e2e.shot(page, 'hazard-1-reported');
  });

  it('the township verifies, grades and sends a notice to the responsible department', async () => {
    const page = await e2e.signIn('lh-twp-hb');
    await openFromWorklist(page, caseId);
    await act(page, '下达整改通知', async (form) => {
      await form.getByLabel('一般隐患').check();
      await form.getByLabel('责任部门').selectOption({ label: '县住房和城乡建设局' });
      await form.getByLabel('部门经办人').selectOption({ label: '曾涛（县住房和城乡建设局）' });
      await form
        .getByLabel('整改要求')
        .fill('5个工作日内将钢瓶移入专用储存间，安装可燃气体报警器。');
    });
    await expect.poll(() => fact(page, '当前环节').textContent()).toBe('整改中');
    expect(await fact(page, '联办单位').textContent()).toContain('县住房和城乡建设局');
    await e2e.shot(page, 'hazard-2-notice');
  });

  it('when the 5 working days pass, supervision escalates the case to the township lead', async () => {
    expect(await e2e.advanceClock(9 * DAY)).toBeGreaterThan(0);
    const page = await e2e.signIn('lh-lead-hb');
    await openFromWorklist(page, caseId);
    expect(Number(await fact(page, '督办级别').textContent())).toBeGreaterThanOrEqual(1);
    const escalated = await e2e.api('lh-lead-hb', 'GET', `/cases/${caseId}`);
    expect(escalated.body.case).toMatchObject({
      context: { assignee: { role: 'townshipLead', areaId: 'lh-hb' } },
    });
    await act(page, '督办', async (form) => {
      await form.getByLabel('督办意见').fill('已超期，请住建局3个工作日内整改到位并书面报告。');
    });
    const history = await e2e.api('lh-lead-hb', 'GET', `/cases/${caseId}/history`);
    const actions = (history.body as unknown as { action: string }[]).map((h) => h.action);
    expect(actions).toEqual(expect.arrayContaining(['deadline.breach', 'supervise']));
    await e2e.shot(page, 'hazard-3-supervised');
  });

  it('only the department on the notice may report the rectification', async () => {
    const other = await e2e.api('lh-dept-xf', 'POST', `/cases/${caseId}/commands`, {
      type: 'submitRectification',
      data: { measures: '已整改', photosAfter: [{ id: 'x', name: 'x.png' }] },
    });
    expect(other.status).toBe(403);
  });

  it('the department rectifies, re-inspection fails and returns it, it is rectified again, accepted and written off', async () => {
    const department = await e2e.signIn('lh-dept-zjj');
    const township = await e2e.signIn('lh-twp-hb');
    const rectify = async (label: string) => {
      await department.goto(`${e2e.server.url}/cases/${caseId}`);
      await act(department, '提交整改反馈', async (form) => {
        await form.getByLabel('整改措施').fill(`${label}：钢瓶已移入储存间，报警器已安装。`);
        await form.getByLabel('整改后照片').setInputFiles(photo(`${label}.png`, '#2e8b57'));
        await form.getByRole('button', { name: `移除 ${label}.png` }).waitFor();
      });
      await expect.poll(() => fact(department, '当前环节').textContent()).toBe('复查验收');
    };

    await rectify('第一次整改');
    await township.goto(`${e2e.server.url}/cases/${caseId}`);
    await act(
      township,
      '退回整改',
      async (form) => form.getByLabel('复查情况').fill('报警器未通电，整改不到位。'),
      '报警器未接通电源，请继续整改。',
    );
    await expect.poll(() => fact(township, '当前环节').textContent()).toBe('整改中');
    await e2e.shot(township, 'hazard-4-returned');

    await rectify('第二次整改');
    await township.goto(`${e2e.server.url}/cases/${caseId}`);
    await act(township, '验收通过', async (form) =>
      form.getByLabel('复查情况').fill('复查合格，隐患已消除，同意销号。'),
    );
    await expect.poll(() => fact(township, '当前环节').textContent()).toBe('已销号');
    await township.getByText('已办结').first().waitFor();
    await e2e.shot(township, 'hazard-5-written-off');

    const history = await e2e.api('lh-twp-hb', 'GET', `/cases/${caseId}/history`);
    const actions = (history.body as unknown as { action: string }[]).map((h) => h.action);
    expect(actions.filter((a) => a === 'submitRectification')).toHaveLength(2);
    expect(actions).toEqual(expect.arrayContaining(['returnForRework', 'accept']));
  });
});
