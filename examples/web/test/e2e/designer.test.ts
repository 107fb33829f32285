import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fact } from './caseSteps';
import { type E2e, startE2e } from './startE2e';

let e2e: E2e;
let runningId: string;
let newId: string;

const registration = {
  summary: '广场舞噪音扰民',
  category: 'neighbour',
  severity: 'minor',
  source: 'gridPatrol',
  parties: [
    { name: '王桂英', role: 'applicant' },
    { name: '赵德华', role: 'respondent' },
  ],
};
/** Adds the two parties the registration form asks for (on the page or in one region). */
async function addParties(scope: Pick<Page, 'getByRole'>) {
  for (const [n, name] of [
    [1, '孙美玲'],
    [2, '周长青'],
  ] as const) {
    await scope.getByRole('button', { name: '添加当事人' }).click();
    const party = scope.getByRole('group', { name: `当事人 ${n}` });
    await party.getByLabel('姓名').fill(name);
    await party.getByRole('combobox', { name: /^身份/ }).selectOption({ index: n });
  }
}
const breachDue = (body: { case?: unknown }) =>
  (body.case as { deadlines: { kind: string; dueAt: string }[] }).deadlines.find(
    (d) => d.kind === 'breach',
  )?.dueAt;

beforeAll(async () => {
  e2e = await startE2e();
  const running = await e2e.api('fy-grid-cd1', 'POST', '/cases', {
    definitionId: 'dispute-mediation',
    areaId: 'fy-cg-cd-g1',
    data: registration,
  });
  expect(running.status).toBe(201);
  runningId = running.body.case!.id;
});
afterAll(() => e2e?.close());

describe('the county admin publishes version 2 in the designer', () => {
  it('changes the triage deadline and adds a registration field, then publishes', async () => {
    const page = await e2e.signIn('fy-admin');
    await page.getByRole('link', { name: '流程设计' }).click();
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('button', { name: '待分流', exact: true }).click();
    const deadline = page.getByLabel('办理时限（工作日）');
    await deadline.fill('2');
    await deadline.press('Tab');
    await e2e.shot(page, 'designer-1-process');

    await page.getByRole('tab', { name: '表单' }).click();
    await page.getByLabel('选择表单').selectOption({ label: '纠纷登记' });
    await page.getByRole('button', { name: '添加字段' }).click();
    const label = page.getByLabel('标签（中文）');
    await label.fill('涉及人数');
    await label.press('Tab');
    await page.getByLabel('标签（英文）').fill('People involved');
    await page.getByLabel('标签（英文）').press('Tab');
    await e2e.shot(page, 'designer-2-form');

    await page.getByRole('button', { name: '发布新版本' }).click();
    await page.getByText('已发布第2版').waitFor();
    await e2e.shot(page, 'designer-3-published');

    const v2 = await e2e.api('fy-admin', 'GET', '/definitions/dispute-mediation/versions/2');
    expect(v2.status).toBe(200);
    const definition = v2.body.definition as {
      machine: { states: { registered: { meta: { deadline: { within: number } } } } };
      forms: { registration: { ui: { fields: Record<string, { label: { 'zh-CN': string } }> } } };
    };
    expect(definition.machine.states.registered.meta.deadline.within).toBe(2);
    const labels = Object.values(definition.forms.registration.ui.fields).map(
      (f) => f.label['zh-CN'],
    );
    expect(labels).toContain('涉及人数');
  });

  it('a new case runs on version 2: the new field on its form, the shorter triage deadline', async () => {
    const page = await e2e.signIn('fy-grid-cd1');
    await page.getByRole('link', { name: '登记案件' }).click();
    await page.getByText('流程版本：第2版').waitFor();
    await page.getByLabel('涉及人数').fill('约30人');
    await page.getByLabel('纠纷概要').fill('夜间广场舞音响扰民');
    await page.getByLabel('纠纷类别').selectOption({ label: '邻里纠纷' });
    await page.getByLabel('轻微').check();
    await page.getByLabel('来源').selectOption({ label: '来访' });
    await addParties(page);
    await page.getByRole('button', { name: '提交登记' }).click();
    await page.waitForURL(/\/cases\/[^/]+$/);
    newId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByText('矛盾纠纷调解（警网融合）（第 2 版）').waitFor();
    await e2e.shot(page, 'designer-4-new-case-v2');

    const [running, fresh] = await Promise.all([
      e2e.api('fy-grid-cd1', 'GET', `/cases/${runningId}`),
      e2e.api('fy-grid-cd1', 'GET', `/cases/${newId}`),
    ]);
    expect(fresh.body.definition).toMatchObject({ version: 2 });
    // opened the same day: two working days for triage on v2 end before three on v1
    expect(breachDue(fresh.body)! < breachDue(running.body)!).toBe(true);
  });

  it('the case that was running stays on version 1 and finishes there', async () => {
    const page = await e2e.signIn('fy-grid-cd1');
    await page.goto(`${e2e.server.url}/cases/${runningId}`);
    await page.getByText('矛盾纠纷调解（警网融合）（第 1 版）').waitFor();
    await act(page, '就地化解', async (form) =>
      form.getByLabel('化解情况').fill('网格员现场协调，约定晚八点半后停止音响。'),
    );
    await expect.poll(() => fact(page, '当前环节').textContent()).toBe('就地化解');
    await page.getByText('已办结').first().waitFor();
    const done = await e2e.api('fy-grid-cd1', 'GET', `/cases/${runningId}`);
    expect(done.body.case).toMatchObject({ status: 'done', definition: { version: 1 } });
    await e2e.shot(page, 'designer-5-running-case-v1');
  });
});

describe('the county admin tries the draft before publishing', () => {
  it('reads the paths, and runs a pretend case past the triage deadline without making a case', async () => {
    const before = await e2e.api('fy-admin', 'GET', '/cases?limit=100');
    const page = await e2e.signIn('fy-admin');
    await page.getByRole('link', { name: '流程设计' }).click();
    await page.getByRole('link', { name: '编辑' }).click();

    await page.getByRole('tab', { name: '流程路径' }).click();
    const paths = page.getByRole('region', { name: '流程路径' });
    await paths.getByText('每个环节、每个办理结果、每个操作都有路径可以到达').waitFor();
    const resolved = paths.locator('li.gc-path[data-goal="resolved"]');
    await resolved.getByText('逐步说明').click();
    await resolved.getByText(/^1\. 社区民警：受理并指派 → 调查核实/).waitFor();
    await e2e.shot(page, 'designer-6-paths');

    await page.getByRole('tab', { name: '试运行' }).click();
    const run = page.getByRole('region', { name: '试运行' });
    await run.getByRole('button', { name: '开立模拟案件' }).click();
    await run.getByLabel('纠纷概要').fill('楼道堆放杂物');
    await run.getByLabel('纠纷类别').selectOption({ label: '邻里纠纷' });
    await run.getByLabel('一般').check();
    await run.getByLabel('来源').selectOption({ label: '网格巡查' });
    await addParties(run);
    await run.getByRole('button', { name: '提交' }).click();
    const log = run.getByRole('list', { name: '发生了什么' });
    await log.getByText(/开立案件，进入：待分流/).waitFor();
    for (let i = 0; i < 3; i++) await run.getByRole('button', { name: '+1 个工作日' }).click();
    await log.getByText(/超期：待分流（第 1 次）/).waitFor();
    await log.getByText(/升级督办：上报乡镇（街道）领导/).waitFor();
    await e2e.shot(page, 'designer-7-test-run');

    const after = await e2e.api('fy-admin', 'GET', '/cases?limit=100');
    expect(before.status).toBe(200);
    expect(JSON.stringify(before.body)).toContain(runningId);
    expect(after.body).toEqual(before.body);
  });
});
