import { cnIdcardCheckDigit } from '@gridcase/forms';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fact, openFromWorklist } from './caseSteps';
import { type E2e, startE2e } from './startE2e';

const ID17 = '33012719750316241';
const GOOD_ID = ID17 + cnIdcardCheckDigit(ID17);
const WRONG_ID = ID17 + (cnIdcardCheckDigit(ID17) === '1' ? '2' : '1');

let e2e: E2e;
let caseId: string;
let gridMember: Page;
let mediator: Page;

beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(() => e2e?.close());

const stage = (page: Page) => fact(page, '当前环节').textContent();

describe('dispute mediation in Fengyuan County, police-grid integration', () => {
  it('refuses a party whose ID number has a wrong check digit, in Chinese', async () => {
    gridMember = await e2e.signIn('fy-grid-cd1');
    const page = gridMember;
    await page.getByRole('link', { name: '登记案件' }).click();
    await page.getByLabel('纠纷概要').fill('相邻通道堆放杂物引发纠纷');
    await page.getByLabel('纠纷类别').selectOption({ label: '邻里纠纷' });
    await page.getByLabel('一般').check();
    await page.getByLabel('来源').selectOption({ label: '网格巡查' });
    await page.getByRole('button', { name: '添加当事人' }).click();
    await page.getByRole('button', { name: '添加当事人' }).click();
    const first = page.getByRole('group', { name: '当事人 1' });
    await first.getByLabel('姓名').fill('张建国');
    await first.getByRole('combobox', { name: /^身份/ }).selectOption({ label: '申请人' });
    await first.getByLabel('身份证号').fill(WRONG_ID);
    await first.getByLabel('手机号').fill('13905710123');
    const second = page.getByRole('group', { name: '当事人 2' });
    await second.getByLabel('姓名').fill('李秀英');
    await second.getByRole('combobox', { name: /^身份/ }).selectOption({ label: '被申请人' });
    await page.getByRole('button', { name: '提交登记' }).click();
    await first.getByText('身份证号校验位不正确，请逐位核对').waitFor();
    expect(page.url()).toMatch(/\/new$/);
    await e2e.shot(page, 'dispute-1-wrong-id');

    // the server refuses it too, with the same Chinese message on the same field
    const api = await e2e.api('fy-grid-cd1', 'POST', '/cases', {
      definitionId: 'dispute-mediation',
      areaId: 'fy-cg-cd-g1',
      data: {
        summary: '相邻通道堆放杂物引发纠纷',
        category: 'neighbour',
        severity: 'general',
        source: 'gridPatrol',
        parties: [
          { name: '张建国', role: 'applicant', idNumber: WRONG_ID },
          { name: '李秀英', role: 'respondent' },
        ],
      },
    });
    expect(api.status).toBe(422);
    expect(api.body.details).toMatchObject({
      issues: [{ path: 'parties.0.idNumber', message: '身份证号校验位不正确，请逐位核对' }],
    });

    await first.getByLabel('身份证号').fill(GOOD_ID);
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await expect.poll(() => stage(page)).toBe('待分流');
  });

  it('the community police officer triages and assigns a mediator', async () => {
    const page = await e2e.signIn('fy-police-cd');
    await openFromWorklist(page, caseId);
    await act(page, '受理并指派', async (form) => {
      await form.getByLabel('调解员').selectOption({ label: '赵敏（城关街道人民调解委员会）' });
      await form.getByLabel('指派说明').fill('涉及通行安全，请赵敏牵头调解。');
    });
    await expect.poll(() => stage(page)).toBe('调查核实');
  });

  it('the mediator mediates jointly with the police station and the justice office', async () => {
    mediator = await e2e.signIn('fy-med-cg');
    const page = mediator;
    await page.goto(`${e2e.server.url}/cases/${caseId}`);
    await act(page, '开始调解', async (form) =>
      form.getByLabel('查明事实').fill('申请人门前通道被被申请人堆放的建材占用近两个月。'),
    );
    await expect.poll(() => stage(page)).toBe('调解中');
    await act(page, '申请联合调处', async (form) => {
      await form.getByLabel('城关派出所').check();
      await form.getByLabel('城关司法所').check();
    });
    await expect.poll(() => fact(page, '联办单位').textContent()).toContain('城关司法所');
    expect(await fact(page, '联办单位').textContent()).toContain('城关派出所');
    await e2e.shot(page, 'dispute-2-joint');

    const justice = await e2e.signIn('fy-jo-cg-yang');
    await justice.goto(`${e2e.server.url}/cases/${caseId}`);
    await act(justice, '提交协办意见', async (form) =>
      form
        .getByRole('textbox', { name: '意见', exact: true })
        .fill('依据《民法典》第二百九十一条，不动产权利人应为相邻方通行提供便利。'),
    );
    await page.reload();
    await act(page, '主办结论', async (form) =>
      form
        .getByRole('textbox', { name: '意见', exact: true })
        .fill('采纳司法所意见，限期清理建材，恢复通行。'),
    );
    await expect.poll(() => stage(page)).toBe('调解中');
  });

  const agree = async (terms: string) => {
    await mediator.goto(`${e2e.server.url}/cases/${caseId}`);
    await act(mediator, '达成协议', async (form) => {
      await form.getByLabel('协议内容').fill(terms);
      await form.getByLabel('签订日期').fill('2026-11-23');
    });
    await expect.poll(() => stage(mediator)).toBe('已达成协议');
    await act(mediator, '安排回访');
    await expect.poll(() => stage(mediator)).toBe('回访');
  };
  const visit = async (satisfaction: '满意' | '不满意', performed: boolean, notes: string) => {
    await gridMember.goto(`${e2e.server.url}/cases/${caseId}`);
    await act(gridMember, '登记回访', async (form) => {
      if (performed) await form.getByLabel('协议已履行').check();
      await form.getByLabel(satisfaction, { exact: true }).check();
      await form.getByLabel('回访情况').fill(notes);
    });
  };

  it('an agreement is followed by a visit; dissatisfaction reopens mediation', async () => {
    await agree('被申请人于三日内清理通道内建材，今后不再占用公共通道。');
    await visit('不满意', false, '回访发现建材仅清理一半，申请人不满意。');
    await expect.poll(() => stage(gridMember)).toBe('调解中');
    const reopened = await e2e.api('fy-grid-cd1', 'GET', `/cases/${caseId}`);
    expect(reopened.body.case).toMatchObject({ status: 'active', context: { reopenCount: 1 } });
    await e2e.shot(gridMember, 'dispute-3-reopened');
  });

  it('mediated again, the follow-up visit finds the parties satisfied and the case closes', async () => {
    await agree('被申请人于次日前清理剩余建材，由网格员现场确认。');
    await visit('满意', true, '通道已恢复畅通，双方表示满意。');
    await expect.poll(() => stage(gridMember)).toBe('调解成功');
    await gridMember.getByText('已办结').first().waitFor();
    await e2e.shot(gridMember, 'dispute-4-resolved');
    const done = await e2e.api('fy-grid-cd1', 'GET', `/cases/${caseId}`);
    expect(done.body.case).toMatchObject({ status: 'done', context: { outcome: 'resolved' } });
  });
});
