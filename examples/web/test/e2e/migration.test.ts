import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2e, startE2e } from './startE2e';

let e2e: E2e;
let runningId: string;

type Summary = {
  id: string;
  stages: { id: string }[];
  definition: { id: string; version: number };
};
/** The admin's running dispute cases on one version, by the API. */
async function runningOn(version: number) {
  const list = await e2e.api('fy-admin', 'GET', '/cases?status=active&limit=200');
  expect(list.status).toBe(200);
  return (list.body.items as Summary[]).filter(
    (c) => c.definition.id === 'dispute-mediation' && c.definition.version === version,
  );
}

beforeAll(async () => {
  e2e = await startE2e();
  const running = await e2e.api('fy-grid-cd1', 'POST', '/cases', {
    definitionId: 'dispute-mediation',
    areaId: 'fy-cg-cd-g1',
    data: {
      summary: '楼上漏水',
      category: 'neighbour',
      severity: 'minor',
      source: 'gridPatrol',
      parties: [
        { name: '王桂英', role: 'applicant' },
        { name: '赵德华', role: 'respondent' },
      ],
    },
  });
  expect(running.status).toBe(201);
  runningId = running.body.case!.id;

  // version 2 through the API: the triage deadline shortened to two working days, and the
  // stage 调解不成 (failed) renamed 调解未果 (unresolved): the one stage the plan cannot guess
  const v1 = await e2e.api('fy-admin', 'GET', '/definitions/dispute-mediation/versions/latest');
  expect(v1.body).toMatchObject({ version: 1 });
  type State = {
    meta: { title: Record<string, string>; deadline?: { within: number } };
    on?: Record<string, { target?: string }>;
  };
  const definition = structuredClone(v1.body.definition) as {
    machine: { states: Record<string, State> };
  };
  const { failed, ...others } = definition.machine.states;
  others.registered!.meta.deadline!.within = 2;
  others.mediation!.on!.declareFailure!.target = 'unresolved';
  definition.machine.states = {
    ...others,
    unresolved: {
      ...failed!,
      meta: { ...failed!.meta, title: { 'zh-CN': '调解未果', en: 'Unresolved' } },
    },
  };
  const draft = await e2e.api(
    'fy-admin',
    'PUT',
    '/definitions/dispute-mediation/draft',
    definition,
  );
  expect(draft.status).toBe(200);
  expect(draft.body.findings).toEqual([]);
  const published = await e2e.api('fy-admin', 'POST', '/definitions/dispute-mediation/publish', {});
  expect(published.body).toMatchObject({ version: 2, status: 'published' });
});
afterAll(() => e2e?.close());

describe('the county admin migrates the running cases to version 2', () => {
  it('opens the page from the designer, dry-runs the plan, applies it; the cases are on v2', async () => {
    const before = await runningOn(1);
    expect(before.map((c) => c.id)).toContain(runningId);

    const page = await e2e.signIn('fy-admin');
    await page.getByRole('link', { name: '流程设计' }).click();
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByRole('link', { name: '迁移在办案件' }).click();
    await page.waitForURL(/\/designer\/dispute-mediation\/migrate$/);
    await page
      .getByRole('heading', { name: /迁移方案：矛盾纠纷调解.*第 1 版 → 第 2 版/ })
      .waitFor();
    // every stage prefilled with the stage of the same path but 调解不成: the dry run names its cases
    const failedOnV1 = before.filter((c) => c.stages.some((s) => s.id.endsWith('.failed')));
    expect(failedOnV1.length).toBeGreaterThan(0);
    const unmapped = page.getByRole('combobox', { name: '调解不成' });
    expect(await unmapped.inputValue()).toBe('');
    const alert = page.getByRole('alert');
    await alert.getByText('方案不完整：1 个环节没有对应的新环节', { exact: false }).waitFor();
    await alert.getByText(`调解不成（failed）：${failedOnV1.length} 个案件`).waitFor();
    expect(await page.getByRole('button', { name: '执行迁移' }).count()).toBe(0);
    await e2e.shot(page, 'migration-1-unmapped');

    await unmapped.selectOption({ label: '调解未果（unresolved）' });
    await page.getByText('方案完整').waitFor();
    expect(await page.locator('select[aria-invalid="true"]').count()).toBe(0);

    const figure = (label: string) =>
      page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => figure('办理中的案件').textContent()).toBe(String(before.length));
    await expect.poll(() => figure('可迁移').textContent()).toBe(String(before.length));
    await e2e.shot(page, 'migration-2-dry-run');

    await page.getByRole('button', { name: '执行迁移' }).click();
    await page.getByText('迁移完成').waitFor();
    await page.getByText(`已迁移 ${before.length} 个`).waitFor();
    await e2e.shot(page, 'migration-3-applied');

    const moved = await e2e.api('fy-admin', 'GET', `/cases/${runningId}`);
    expect(moved.body.case).toMatchObject({ status: 'active', definition: { version: 2 } });
    expect(await runningOn(1)).toEqual([]);
    const unresolved = await e2e.api('fy-admin', 'GET', `/cases/${failedOnV1[0]!.id}`);
    expect(unresolved.body.case).toMatchObject({ definition: { version: 2 } });
    expect(unresolved.body.case?.stages).toEqual(['dispute-mediation.unresolved']);
    expect((await runningOn(2)).map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
  });
});
