import { describe, expect, it } from 'vitest';
import { GridcaseApiError } from '../client/GridcaseApiError';
import { demoCounty, gridMember, police } from '../fixtures/demoCounty';
import { incompleteRequest, migrationClient, migrationRequest } from '../fixtures/migration';

describe('createMemoryClient', () => {
  it('opens cases on the engine and lists them with stage titles and deadlines', async () => {
    const { client, cases } = await demoCounty();
    const page = await client.listCases({ q: '漏水' });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      id: cases[0],
      title: '楼上漏水引发邻里纠纷',
      stages: [{ id: 'dispute-mediation.registered', title: { 'zh-CN': '待分流' } }],
      areaName: { 'zh-CN': '北街第一网格' },
      status: 'active',
    });
    expect(page.items[0]?.dueAt).toMatch(/^2026-11-2/);
  });

  it('offers the signed-in user the engine’s available actions and runs them', async () => {
    const { client, cases } = await demoCounty();
    const id = cases[0] as string;
    const detail = await client.getCase(id);
    expect(detail.actions.map((a) => a.type)).toContain('accept');
    const next = await client.runCommand(id, { type: 'referOut', data: { channel: 'litigation' } });
    expect(next.case.status).toBe('done');
    expect((await client.getHistory(id)).map((e) => e.action)).toEqual(['create', 'referOut']);
  });

  it('refuses invalid payloads as the server would: 422 with zh-CN field issues', async () => {
    const { client, cases } = await demoCounty();
    const err = await client
      .runCommand(cases[1] as string, { type: 'referOut', data: { channel: 'nowhere' } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GridcaseApiError);
    const api = err as GridcaseApiError;
    expect([api.status, api.code]).toEqual([422, 'form.invalid']);
    expect(api.issues).toEqual([
      expect.objectContaining({ path: 'channel', message: '请从给定选项中选择' }),
    ]);
  });

  it('refuses a stale version with 409 and an action the user may not take with 403', async () => {
    const { client, cases } = await demoCounty();
    const id = cases[2] as string;
    const stale = await client
      .runCommand(id, { type: 'referOut', data: { channel: 'litigation' } }, { ifMatch: 99 })
      .catch((e: unknown) => e);
    expect((stale as GridcaseApiError).status).toBe(409);
    client.signIn(gridMember);
    const refused = await client
      .runCommand(id, { type: 'accept', data: {} })
      .catch((e: unknown) => e);
    expect((refused as GridcaseApiError).status).toBe(403);
    client.signIn(police);
  });

  it('keeps comments and attachments per case', async () => {
    const { client, cases } = await demoCounty();
    const id = cases[0] as string;
    await client.addComment(id, '已电话联系双方');
    const att = await client.uploadAttachment(
      id,
      new Blob(['照片'], { type: 'image/jpeg' }),
      '现场.jpg',
    );
    expect((await client.listComments(id)).map((c) => c.text)).toEqual(['已电话联系双方']);
    expect(await (await client.getAttachment(id, att.id)).text()).toBe('照片');
  });

  it('keeps each version: v1 cases run on v1 after v2 is published, until a migration moves them', async () => {
    const client = await migrationClient();
    const { items } = await client.listCases({ status: 'active' });
    const investigating = items.find((c) => c.stages[0]?.id === 'dispute-mediation.investigating');
    expect(investigating?.definition.version).toBe(1);
    expect((await client.getDefinition('dispute-mediation', 1)).definition.version).toBe(1);
    expect((await client.getDefinition('dispute-mediation', 'latest')).version).toBe(2);
    const report = await client.dryRunMigration('dispute-mediation', migrationRequest);
    expect(report.summary).toMatchObject({ total: 8, migratable: 7, failing: 1 });
    const incomplete = await client
      .applyMigration('dispute-mediation', incompleteRequest)
      .catch((e: unknown) => e);
    expect((incomplete as GridcaseApiError).code).toBe('migration.planIncomplete');
    const done = await client.applyMigration('dispute-mediation', migrationRequest);
    expect(done).toMatchObject({ status: 'done', migrated: 7, failed: 1 });
    const after = await client.getCase(investigating?.id as string);
    expect(after.case.definition.version).toBe(2);
    const history = await client.getHistory(investigating?.id as string);
    expect(history.at(-1)).toMatchObject({ action: 'case.migrate', actor: { userId: 'admin' } });
    expect(await client.getMigration('dispute-mediation', done.id)).toEqual(done);
  });
});
