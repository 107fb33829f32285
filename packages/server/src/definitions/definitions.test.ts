import { describe, expect, it } from 'vitest';
import { DEMO_COUNTY_ID } from '../seed/demoCounty';
import { fixtureDefinition } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';
import { installDefinition } from './installDefinition';

const put = (
  h: Awaited<ReturnType<typeof createHarness>>,
  id: string,
  json: unknown,
  as = 'admin',
) => h.request(`/definitions/${id}/draft`, { method: 'PUT', as, json });
const publish = (h: Awaited<ReturnType<typeof createHarness>>, id: string, as = 'admin') =>
  h.request(`/definitions/${id}/publish`, { method: 'POST', as });

describe('templates', () => {
  it('lists the shared templates and serves each', async () => {
    const h = await createHarness();
    const list = await (await h.request('/templates', { as: 'lead-east' })).json();
    expect(list.map((t: { id: string }) => t.id).sort()).toEqual([
      'dispute-mediation',
      'hazard-rectification',
    ]);
    const one = await (await h.request('/templates/dispute-mediation', { as: 'lead-east' })).json();
    expect(one.machine.id).toBe('dispute-mediation');
    const missing = await h.request('/templates/nope', { as: 'lead-east' });
    expect([missing.status, (await missing.json()).code]).toEqual([404, 'template.notFound']);
  });
});

describe('drafts and publishing', () => {
  it('keeps writes to the county admin', async () => {
    const h = await createHarness();
    const res = await put(h, fixtureDefinition.id, fixtureDefinition, 'lead-east');
    expect([res.status, (await res.json()).code]).toEqual([403, 'auth.forbidden']);
  });

  it('refuses a draft with unknown fields (definition.invalid) or another id (request.invalid)', async () => {
    const h = await createHarness();
    const unknown = await put(h, fixtureDefinition.id, { ...fixtureDefinition, colour: 'red' });
    expect(unknown.status).toBe(422);
    const body = await unknown.json();
    expect(body.code).toBe('definition.invalid');
    expect(body.details.findings[0]).toMatchObject({ code: 'schema.additionalProperties' });
    const other = await put(h, 'other-id', fixtureDefinition);
    expect([other.status, (await other.json()).code]).toEqual([400, 'request.invalid']);
  });

  it('refuses a draft over 128 KiB with request.tooLarge and keeps none of it', async () => {
    const h = await createHarness();
    const description = { 'zh-CN': '说'.repeat(45_000), en: 'x' };
    const big = await put(h, fixtureDefinition.id, { ...fixtureDefinition, description });
    expect(await big.json()).toMatchObject({
      code: 'request.tooLarge',
      details: { limit: 128 * 1024 },
    });
    expect(big.status).toBe(413);
    expect(
      await h.store.getDefinition('demo-county', fixtureDefinition.id, 'draft'),
    ).toBeUndefined();
    const fits = await put(h, fixtureDefinition.id, fixtureDefinition);
    expect(fits.status).toBe(200);
  });

  it('answers lint findings on save and refuses to publish a stage nothing leads to, naming it: definition.unreachable', async () => {
    const h = await createHarness();
    const broken = structuredClone(fixtureDefinition);
    broken.machine.states!.orphan = {
      meta: { title: { 'zh-CN': '孤立', en: 'Orphan' } },
      on: { go: { target: 'closed', meta: { title: { 'zh-CN': '去', en: 'Go' } } } },
    };
    const saved = await (await put(h, broken.id, broken)).json();
    expect(saved.findings).toContainEqual(
      expect.objectContaining({ code: 'state.unreachable', pointer: '/machine/states/orphan' }),
    );
    const res = await publish(h, broken.id);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe('definition.unreachable');
    expect(body.message).toBe('流程中有永远无法到达的环节或办理结果：环节“孤立”（orphan）');
    expect(body.details).toMatchObject({ states: ['orphan'], outcomes: [] });
    expect(body.details.findings).toContainEqual(
      expect.objectContaining({ code: 'state.unreachable' }),
    );
    const latest = await h.request(`/definitions/${broken.id}/versions/latest`, { as: 'admin' });
    expect(latest.status).toBe(404);
  });

  it('refuses to publish a draft whose outcome no case can reach, naming stage and outcome', async () => {
    const h = await createHarness();
    const draft = structuredClone(fixtureDefinition);
    // without "mediation failed" nothing leads to the stage `referred` or sets the outcome
    delete draft.machine.states!.mediation!.on!.fail;
    await put(h, draft.id, draft);
    const res = await h.request(`/definitions/${draft.id}/publish?lang=en`, {
      method: 'POST',
      as: 'admin',
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body).toMatchObject({
      code: 'definition.unreachable',
      message:
        'Some stages or outcomes can never be reached: stage "Referred" (referred), outcome "Referred" (referred)',
      details: { states: ['referred'], outcomes: ['referred'] },
    });
    expect(body.details.findings.map((f: { code: string }) => f.code).sort()).toEqual([
      'outcome.unreachable',
      'state.unreachable',
    ]);
  });

  it('installs a shipped definition only as a publish would: unreachable parts refused by name', async () => {
    const h = await createHarness();
    const draft = structuredClone(fixtureDefinition);
    draft.id = 'shipped-broken';
    delete draft.machine.states!.mediation!.on!.fail;
    const at = new Date().toISOString();
    await expect(
      installDefinition(h.store, DEMO_COUNTY_ID, draft, { by: 'seed', at }),
    ).rejects.toMatchObject({
      code: 'definition.unreachable',
      details: { states: ['referred'], outcomes: ['referred'] },
    });
    expect(await h.store.getDefinition(DEMO_COUNTY_ID, draft.id, 'latest')).toBeUndefined();
  });

  it('refuses forms that fail the forms publish gate (run by the lint), with pointers', async () => {
    const h = await createHarness();
    const loose = structuredClone(fixtureDefinition);
    loose.forms.note!.schema = {
      type: 'object',
      additionalProperties: false,
      properties: { note: { type: 'string' } },
    };
    await put(h, loose.id, loose);
    const res = await publish(h, loose.id);
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe('definition.lintFailed');
    expect(body.details.findings).toContainEqual(
      expect.objectContaining({
        pointer: '/forms/note/schema/properties/note',
        code: 'form.badSchema',
      }),
    );
  });

  it('answers publishing without a draft with definition.notFound', async () => {
    const h = await createHarness();
    const res = await publish(h, 'never-drafted');
    expect([res.status, (await res.json()).code]).toEqual([404, 'definition.notFound']);
  });

  it('publishes versions that never change running cases', async () => {
    const h = await createHarness();
    expect((await put(h, fixtureDefinition.id, fixtureDefinition)).status).toBe(200);
    const v1 = await (await publish(h, fixtureDefinition.id)).json();
    expect(v1).toMatchObject({ version: 1, status: 'published' });
    const old = await h.open();
    expect((old.body as { case: { definition: unknown } }).case.definition).toEqual({
      id: fixtureDefinition.id,
      version: 1,
      hash: v1.hash,
    });

    const changed = structuredClone(fixtureDefinition);
    changed.machine.states!.mediation!.meta!.title = {
      'zh-CN': '调解（新）',
      en: 'Mediation (new)',
    };
    await put(h, changed.id, changed);
    const v2 = await (await publish(h, changed.id)).json();
    expect(v2.version).toBe(2);
    expect(v2.hash).not.toBe(v1.hash);

    const stepped = await (await h.command(old.id, 'police-e1', 'assign')).json();
    expect(stepped.case.definition.version).toBe(1);
    expect(stepped.stages[0].title.en).toBe('Mediation');
    const fresh = await h.open();
    await h.command(fresh.id, 'police-e1', 'assign');
    const view = await (await h.request(`/cases/${fresh.id}`, { as: 'police-e1' })).json();
    expect(view.case.definition.version).toBe(2);
    expect(view.stages[0].title.en).toBe('Mediation (new)');

    const versions = await (
      await h.request(`/definitions/${changed.id}/versions`, { as: 'lead-east' })
    ).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = await (
      await h.request(`/definitions/${changed.id}/diff?from=1&to=2`, { as: 'lead-east' })
    ).json();
    expect(diff.changes).toEqual([
      {
        op: 'replace',
        path: '/machine/states/mediation/meta/title/en',
        from: 'Mediation',
        to: 'Mediation (new)',
      },
      {
        op: 'replace',
        path: '/machine/states/mediation/meta/title/zh-CN',
        from: '调解',
        to: '调解（新）',
      },
    ]);
  });

  it('serves versions by number, latest and draft (draft for the admin only)', async () => {
    const h = await createHarness();
    await h.publish();
    await put(h, fixtureDefinition.id, fixtureDefinition);
    expect(
      (
        await (
          await h.request(`/definitions/${fixtureDefinition.id}/versions/latest`, {
            as: 'grid-e1a',
          })
        ).json()
      ).version,
    ).toBe(1);
    expect(
      (await h.request(`/definitions/${fixtureDefinition.id}/versions/1`, { as: 'grid-e1a' }))
        .status,
    ).toBe(200);
    const draft = await h.request(`/definitions/${fixtureDefinition.id}/versions/draft`, {
      as: 'grid-e1a',
    });
    expect([draft.status, (await draft.json()).code]).toEqual([403, 'auth.forbidden']);
    expect(
      (
        await (
          await h.request(`/definitions/${fixtureDefinition.id}/versions/draft`, { as: 'admin' })
        ).json()
      ).status,
    ).toBe('draft');
    const missing = await h.request(`/definitions/${fixtureDefinition.id}/versions/9`, {
      as: 'admin',
    });
    expect([missing.status, (await missing.json()).code]).toEqual([404, 'definition.notFound']);
    const list = await (await h.request('/definitions', { as: 'admin' })).json();
    expect(list).toEqual([
      expect.objectContaining({
        definitionId: fixtureDefinition.id,
        latest: expect.objectContaining({ version: 1 }),
        draft: expect.anything(),
      }),
    ]);
  });
});

describe('forks', () => {
  it('starts a draft from a template under the county’s own id', async () => {
    const h = await createHarness();
    const res = await h.request('/definitions/our-disputes/fork', {
      method: 'POST',
      as: 'admin',
      json: { fromTemplate: 'dispute-mediation' },
    });
    expect(res.status).toBe(201);
    const { draft } = await res.json();
    expect(draft).toMatchObject({
      definitionId: 'our-disputes',
      status: 'draft',
      definition: { id: 'our-disputes', machine: { id: 'our-disputes' } },
    });
    const missing = await h.request('/definitions/x/fork', {
      method: 'POST',
      as: 'admin',
      json: { fromTemplate: 'nope' },
    });
    expect([missing.status, (await missing.json()).code]).toEqual([404, 'template.notFound']);
  });

  it('starts a draft from another county’s published definition', async () => {
    const h = await createHarness();
    const at = h.clock.now().toISOString();
    await h.store.putCounty({
      id: 'other-county',
      name: { 'zh-CN': '邻县', en: 'Next County' },
      areas: [
        { id: 'other-county', name: { 'zh-CN': '邻县', en: 'Next County' }, level: 'county' },
      ],
      agencies: [],
      roles: {},
      calendar: { holidays: [], workdays: [] },
      createdAt: at,
    });
    await installDefinition(h.store, 'other-county', fixtureDefinition, { by: 'seed', at });
    const res = await h.request('/definitions/borrowed/fork', {
      method: 'POST',
      as: 'admin',
      json: { fromCounty: 'other-county', fromDefinition: fixtureDefinition.id },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).findings).toEqual([]);
    expect((await publish(h, 'borrowed')).status).toBe(201);
    const noCounty = await h.request('/definitions/x/fork', {
      method: 'POST',
      as: 'admin',
      json: { fromCounty: 'atlantis', fromDefinition: 'y' },
    });
    expect([noCounty.status, (await noCounty.json()).code]).toEqual([404, 'county.notFound']);
  });
});
