import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';

const ID_NUMBER = /\d{17}[\dXx]/;
const MOBILE = /1[3-9]\d{9}/;

async function ready() {
  const h = await createHarness();
  await h.publish();
  return h;
}

describe('opening cases', () => {
  it('opens a case pinned to definitionId@version+hash, with personal data masked', async () => {
    const h = await ready();
    const res = await h.request('/cases', {
      method: 'POST',
      as: 'grid-e1a',
      headers: { 'idempotency-key': 'open-0001' },
      json: { definitionId: 'test-dispute', areaId: 'grid-e1a', data: fixtureReport },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    const view = await res.json();
    expect(view.case.definition).toMatchObject({
      id: 'test-dispute',
      version: 1,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(view.case.areaPath).toEqual(['demo-county', 'twp-east', 'com-e1', 'grid-e1a']);
    expect(view.stages[0].title['zh-CN']).toBe('分流');
    expect(view.case.context.data.parties[0]).toEqual({
      name: '张*丰',
      idNumber: '**************002X',
      phone: '139****5678',
    });
    expect(JSON.stringify(view)).not.toMatch(ID_NUMBER);
    expect(JSON.stringify(view)).not.toMatch(MOBILE);
    const stored = await h.store.getCase('demo-county', view.case.id);
    expect(stored?.context.data.parties).toEqual(fixtureReport.parties);
  });

  it('replays a retried open: same response, one case', async () => {
    const h = await ready();
    const init = {
      method: 'POST',
      as: 'grid-e1a',
      headers: { 'idempotency-key': 'open-retry-1' },
      json: { definitionId: 'test-dispute', areaId: 'grid-e1a', data: { title: '重试' } },
    };
    const first = await h.request('/cases', init);
    const second = await h.request('/cases', init);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect((await h.store.listCases({ countyId: 'demo-county' })).total).toBe(1);
  });

  it('refuses the same key with another body: idempotency.keyReused', async () => {
    const h = await ready();
    const headers = { 'idempotency-key': 'open-reuse-1' };
    await h.request('/cases', {
      method: 'POST',
      as: 'grid-e1a',
      headers,
      json: { definitionId: 'test-dispute', areaId: 'grid-e1a', data: { title: '第一' } },
    });
    const res = await h.request('/cases', {
      method: 'POST',
      as: 'grid-e1a',
      headers,
      json: { definitionId: 'test-dispute', areaId: 'grid-e1a', data: { title: '第二' } },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).code).toBe('idempotency.keyReused');
  });

  it('requires an Idempotency-Key: idempotency.keyRequired', async () => {
    const h = await ready();
    const res = await h.request('/cases', {
      method: 'POST',
      as: 'grid-e1a',
      json: { definitionId: 'test-dispute', areaId: 'grid-e1a' },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe('idempotency.keyRequired');
  });

  it('refuses an area outside the caller’s scope, an unknown area, an unknown definition and a non-starter', async () => {
    const h = await ready();
    const post = (as: string, json: unknown) =>
      h.request('/cases', {
        method: 'POST',
        as,
        headers: { 'idempotency-key': `k-${crypto.randomUUID()}` },
        json,
      });
    const outside = await post('grid-e1a', {
      definitionId: 'test-dispute',
      areaId: 'grid-w1a',
      data: { title: '越界' },
    });
    expect([outside.status, (await outside.json()).code]).toEqual([403, 'auth.outsideArea']);
    const unknownArea = await post('grid-e1a', {
      definitionId: 'test-dispute',
      areaId: 'grid-zz',
      data: { title: '无区' },
    });
    expect([unknownArea.status, (await unknownArea.json()).code]).toEqual([
      422,
      'case.areaUnknown',
    ]);
    const unknownDef = await post('grid-e1a', { definitionId: 'nope', areaId: 'grid-e1a' });
    expect([unknownDef.status, (await unknownDef.json()).code]).toEqual([
      404,
      'definition.notFound',
    ]);
    const notStarter = await post('police-e1', {
      definitionId: 'test-dispute',
      areaId: 'grid-e1a',
      data: { title: '民警登记' },
    });
    expect([notStarter.status, (await notStarter.json()).code]).toEqual([403, 'auth.notStarter']);
  });

  it('validates the start form: form.invalid with field issues', async () => {
    const h = await ready();
    const res = await h.request('/cases', {
      method: 'POST',
      as: 'grid-e1a',
      headers: { 'idempotency-key': 'bad-form-1' },
      json: { definitionId: 'test-dispute', areaId: 'grid-e1a', data: { title: 'x', extra: 1 } },
    });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.code).toBe('form.invalid');
    expect(body.details.issues.length).toBeGreaterThan(0);
  });
});

describe('commands', () => {
  it('moves a case through the engine and records history', async () => {
    const h = await ready();
    const opened = await h.open({ data: fixtureReport });
    const assign = await h.command(opened.id, 'police-e1', 'assign');
    expect(assign.status).toBe(200);
    const view = await assign.json();
    expect(view.case.stages).toEqual(['test-dispute.mediation']);
    expect(view.case.context.assignee).toMatchObject({ role: 'mediator' });
    const agree = await h.command(opened.id, 'mediator-east', 'agree');
    expect((await agree.json()).case.stages).toEqual(['test-dispute.followUp']);
    const history = await (
      await h.request(`/cases/${opened.id}/history`, { as: 'police-e1' })
    ).json();
    expect(history.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    expect(JSON.stringify(history)).not.toMatch(ID_NUMBER);
  });

  it('replays a retried command with no second effect', async () => {
    const h = await ready();
    const opened = await h.open();
    const init = {
      method: 'POST',
      as: 'police-e1',
      headers: { 'idempotency-key': 'note-once-1' },
      json: { type: 'note', data: { note: '已电话联系' } },
    };
    const first = await h.request(`/cases/${opened.id}/commands`, init);
    const again = await h.request(`/cases/${opened.id}/commands`, init);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect((await h.store.getHistory('demo-county', opened.id)).length).toBe(2);
    expect((await h.store.getCase('demo-county', opened.id))?.version).toBe(2);
  });

  it('answers a stale If-Match with case.versionConflict and accepts the current one', async () => {
    const h = await ready();
    const opened = await h.open();
    await h.command(opened.id, 'police-e1', 'note', { data: { note: 'a' } });
    const stale = await h.request(`/cases/${opened.id}/commands`, {
      method: 'POST',
      as: 'police-e1',
      headers: { 'idempotency-key': 'stale-0001', 'if-match': '"1"' },
      json: { type: 'note', data: { note: 'b' } },
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      code: 'case.versionConflict',
      details: { currentVersion: 2 },
    });
    const fresh = await h.request(`/cases/${opened.id}/commands`, {
      method: 'POST',
      as: 'police-e1',
      headers: { 'idempotency-key': 'fresh-0001', 'if-match': '"2"' },
      json: { type: 'note', data: { note: 'b' } },
    });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('etag')).toBe('"3"');
  });

  it('refuses a malformed If-Match with request.invalid', async () => {
    const h = await ready();
    const opened = await h.open();
    const res = await h.request(`/cases/${opened.id}/commands`, {
      method: 'POST',
      as: 'police-e1',
      headers: { 'idempotency-key': 'ifm-bad-01', 'if-match': 'banana' },
      json: { type: 'note' },
    });
    expect([res.status, (await res.json()).code]).toEqual([400, 'request.invalid']);
  });

  it('loses none of 200 concurrent commands on one case', async () => {
    const h = await ready();
    const opened = await h.open();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        h.command(opened.id, 'police-e1', 'note', { data: { note: `n${i}` } }),
      ),
    );
    expect(results.map((r) => r.status).every((s) => s === 200)).toBe(true);
    const history = await h.store.getHistory('demo-county', opened.id);
    expect(history.map((e) => e.seq)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
    expect((await h.store.getCase('demo-county', opened.id))?.version).toBe(201);
  });

  it('passes the engine’s refusals through with their codes, the case unchanged', async () => {
    const h = await ready();
    const opened = await h.open();
    const wrongRole = await h.command(opened.id, 'grid-e1a', 'assign');
    expect([wrongRole.status, (await wrongRole.json()).code]).toEqual([403, 'auth.wrongRole']);
    const unavailable = await h.command(opened.id, 'police-e1', 'agree');
    expect([unavailable.status, (await unavailable.json()).code]).toEqual([
      409,
      'case.actionUnavailable',
    ]);
    const badForm = await h.command(opened.id, 'police-e1', 'note', { data: { note: 5 } });
    expect(badForm.status).toBe(422);
    const body = await badForm.json();
    expect(body.code).toBe('form.invalid');
    expect(body.details.issues[0].path).toBe('note');
    await h.command(opened.id, 'police-e1', 'assign');
    const noReason = await h.command(opened.id, 'mediator-east', 'fail');
    expect([noReason.status, (await noReason.json()).code]).toEqual([422, 'case.reasonRequired']);
    expect((await h.store.getCase('demo-county', opened.id))?.version).toBe(2);
  });

  it('refuses deadline.fire from a user: auth.forbidden', async () => {
    const h = await ready();
    const opened = await h.open();
    const res = await h.command(opened.id, 'admin', 'deadline.fire');
    expect([res.status, (await res.json()).code]).toEqual([403, 'auth.forbidden']);
  });

  it('hides cases outside the caller’s areas as case.notFound (404, not 403)', async () => {
    const h = await ready();
    const opened = await h.open();
    for (const path of [
      `/cases/${opened.id}`,
      `/cases/${opened.id}/history`,
      `/cases/${opened.id}/actions`,
    ]) {
      const res = await h.request(path, { as: 'police-w1' });
      expect([res.status, (await res.json()).code]).toEqual([404, 'case.notFound']);
    }
    const cmd = await h.command(opened.id, 'police-w1', 'assign');
    expect([cmd.status, (await cmd.json()).code]).toEqual([404, 'case.notFound']);
  });

  it('lists the actions the caller may take now, with forms', async () => {
    const h = await ready();
    const opened = await h.open();
    const actions = await (
      await h.request(`/cases/${opened.id}/actions`, { as: 'police-e1' })
    ).json();
    expect(actions.map((a: { type: string }) => a.type).sort()).toEqual(['assign', 'note']);
    expect(actions.find((a: { type: string }) => a.type === 'note').form.id).toBe('note');
    expect(
      await (await h.request(`/cases/${opened.id}/actions`, { as: 'grid-e1a' })).json(),
    ).toEqual([]);
  });
});
