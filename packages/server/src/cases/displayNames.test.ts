import { describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';

describe('the case view names people and roles', () => {
  it('carries the assignee’s display name and the county’s role titles', async () => {
    const h = await createHarness();
    await h.publish();
    const opened = await h.open({ as: 'grid-e1a', areaId: 'grid-e1a' });
    const record = await h.store.getCase('demo-county', opened.id);
    if (!record) throw new Error('case not stored');
    const assignee = { role: 'mediator', areaId: 'twp-east', userId: 'mediator-east' };
    const next = {
      ...record,
      version: record.version + 1,
      context: { ...record.context, assignee },
    };
    const history = [
      {
        caseId: record.id,
        seq: next.version,
        at: next.updatedAt,
        actor: { userId: 'admin' },
        action: 'assign',
        from: record.stages,
        to: record.stages,
      },
    ];
    const base = { deadlinesSet: [], deadlinesCancel: [], outbox: [], audit: [] };
    expect((await h.store.commit({ case: next, expectedVersion: 1, history, ...base })).ok).toBe(
      true,
    );
    const view = await (await h.request(`/cases/${opened.id}`, { as: 'police-e1' })).json();
    expect(view.people).toEqual({ 'mediator-east': '孙调解员' });
    expect(view.roles.mediator).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
    expect(view.roles.communityPolice['zh-CN']).toBe('社区民警');
    // the command response carries them too
    const res = await h.command(opened.id, 'police-e1', 'note', { data: { note: '已联系' } });
    expect((await res.json()).people).toEqual({ 'mediator-east': '孙调解员' });
  });
});
