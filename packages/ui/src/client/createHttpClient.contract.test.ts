/**
 * The HTTP client against the real gridcase server (an in-process Hono app on the memory store,
 * seeded with the demo county): every method the components use, as the server answers it.
 */
import { disputeMediationV2, disputePlanV1toV2 } from '@gridcase/engine/testing';
import { seedDemo } from '@gridcase/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { testServer } from './contractTestServer';
import { createHttpClient } from './createHttpClient';
import { GridcaseApiError } from './GridcaseApiError';
import type { GridcaseClient } from './types';

let client: GridcaseClient;
let admin: GridcaseClient;
let first: string;

beforeAll(async () => {
  const server = await testServer();
  const seeded = await seedDemo(server.app);
  first = seeded.cases[0] as string;
  const token = await server.login('police-e1');
  client = createHttpClient({
    baseUrl: 'http://county.test',
    token,
    fetch: server.fetch,
    locale: 'zh-CN',
  });
  admin = createHttpClient({
    baseUrl: 'http://county.test',
    token: await server.login('admin'),
    fetch: server.fetch,
    locale: 'en',
  });
});

describe('createHttpClient against the gridcase server', () => {
  it('lists, filters and opens cases', async () => {
    const all = await client.listCases({});
    expect(all.total).toBeGreaterThan(0);
    const found = await client.listCases({ q: '噪音' });
    expect(found.items.map((c) => c.id)).toEqual([first]);
    expect(found.items[0]?.stages[0]?.title['zh-CN']).toBeTruthy();
    const inArea = await client.worklist('area', { limit: 50 });
    expect(inArea.items.some((c) => c.id === first)).toBe(true);
    const detail = await client.getCase(first);
    expect(detail.case.id).toBe(first);
    expect(detail.actions.map((a) => a.type)).toContain('referOut');
  });

  it('gets 422 with zh-CN field issues, and 409 on a stale version', async () => {
    const bad = await client
      .runCommand(first, { type: 'referOut', data: { channel: 'nowhere' } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(GridcaseApiError);
    expect((bad as GridcaseApiError).status).toBe(422);
    expect((bad as GridcaseApiError).issues).toEqual([
      expect.objectContaining({ path: 'channel', message: '请从给定选项中选择' }),
    ]);
    const stale = await client
      .runCommand(first, { type: 'referOut', data: { channel: 'litigation' } }, { ifMatch: 99 })
      .catch((e: unknown) => e);
    expect((stale as GridcaseApiError).status).toBe(409);
    expect((stale as GridcaseApiError).code).toBe('case.versionConflict');
  });

  it('runs a command with If-Match and reads the history it wrote', async () => {
    const before = await client.getCase(first);
    const after = await client.runCommand(
      first,
      { type: 'referOut', data: { channel: 'litigation' } },
      { ifMatch: before.case.version },
    );
    expect(after.case.version).toBe(before.case.version + 1);
    expect(after.case.status).toBe('done');
    const history = await client.getHistory(first);
    expect(history.at(-1)).toMatchObject({ action: 'referOut', actor: { userId: 'police-e1' } });
  });

  it('adds comments and attachments and reads them back', async () => {
    const comment = await client.addComment(first, '已电话联系双方当事人');
    expect((await client.listComments(first)).map((c) => c.id)).toContain(comment.id);
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const att = await client.uploadAttachment(
      first,
      new Blob([bytes], { type: 'image/jpeg' }),
      '现场照片.jpg',
    );
    expect(att).toMatchObject({ name: '现场照片.jpg', size: bytes.length });
    expect((await client.listAttachments(first)).map((a) => a.id)).toContain(att.id);
    const back = new Uint8Array(await (await client.getAttachment(first, att.id)).arrayBuffer());
    expect(back).toEqual(bytes);
  });

  it('reads key figures and definitions', async () => {
    const kpis = await client.getKpis({ from: '2026-01-01', to: '2026-12-31' });
    expect(kpis.totals.cases).toBeGreaterThan(0);
    expect(Array.isArray(kpis.byArea) && Array.isArray(kpis.trend)).toBe(true);
    const latest = await client.getDefinition('dispute-mediation', 'latest');
    expect(latest).toMatchObject({ definitionId: 'dispute-mediation', status: 'published' });
  });

  it('dry-runs, applies and polls a migration as the county admin', async () => {
    const v1 = await admin.getDefinition('dispute-mediation', 'latest');
    await admin.saveDraft('dispute-mediation', {
      ...disputeMediationV2(v1.definition),
      version: 0,
    });
    const v2 = await admin.publishDefinition('dispute-mediation');
    const request = {
      fromVersion: v1.version,
      toVersion: v2.version,
      plan: { ...disputePlanV1toV2, fromVersion: v1.version, toVersion: v2.version },
    };
    const report = await admin.dryRunMigration('dispute-mediation', request, { limit: 2 });
    expect(report.summary.total).toBeGreaterThan(0);
    expect(report.cases.length).toBeLessThanOrEqual(2);
    const started = await admin.applyMigration('dispute-mediation', request);
    expect(started).toMatchObject({ id: disputePlanV1toV2.id, total: report.summary.total });
    let progress = started;
    while (progress.status === 'running')
      progress = await admin.getMigration('dispute-mediation', started.id);
    expect(progress).toMatchObject({ status: 'done', migrated: report.summary.migratable });
    const refused = await client
      .dryRunMigration('dispute-mediation', request)
      .catch((e: unknown) => e);
    expect((refused as GridcaseApiError).code).toBe('auth.forbidden');
  });
});
