/**
 * T-AUTHZ and T-PII: every demo user against a case in every grid, through every case
 * endpoint. The expected table is written out here, not derived from the server's code.
 */
import { describe, expect, it } from 'vitest';
import { fixtureReport } from '../testing/fixtureDefinition';
import { createHarness } from '../testing/harness';

const GRIDS = ['grid-e1a', 'grid-e1b', 'grid-e2a', 'grid-w1a'] as const;
const ALL = [...GRIDS];
const EAST = ['grid-e1a', 'grid-e1b', 'grid-e2a'];

/** Which grids' cases each user may see (their areas contain the grid). */
const VISIBLE: Record<string, string[]> = {
  admin: ALL,
  'grid-e1a': ['grid-e1a'],
  'grid-e1b': ['grid-e1b'],
  'grid-e2a': ['grid-e2a'],
  'grid-w1a': ['grid-w1a'],
  'police-e1': ['grid-e1a', 'grid-e1b'],
  'police-e2': ['grid-e2a'],
  'police-w1': ['grid-w1a'],
  'mediator-east': EAST,
  'mediator-west': ['grid-w1a'],
  'lead-east': EAST,
  'lead-west': ['grid-w1a'],
  'handler-east': EAST,
  'twp-handler-east': EAST,
  'dept-fire': ALL,
  safety: ALL,
};

const ID_NUMBER = /\d{17}[\dXx]/;
const MOBILE = /1[3-9]\d{9}/;

async function world() {
  const h = await createHarness({
    limits: {
      requests: { capacity: 10_000, perSecond: 1000 },
      exports: { capacity: 100, perSecond: 1 },
    },
  });
  await h.publish();
  const cases: Record<string, string> = {};
  for (const grid of GRIDS)
    cases[grid] = (await h.open({ as: grid, areaId: grid, data: fixtureReport })).id;
  return { h, cases };
}

describe('role x area matrix', () => {
  it('covers every demo user', async () => {
    const { h } = await world();
    expect(Object.keys(VISIBLE).sort()).toEqual(h.users.map((u) => u.id).sort());
  });

  it('lets no user read a case outside their areas, and every user read those inside', async () => {
    const { h, cases } = await world();
    for (const user of Object.keys(VISIBLE)) {
      for (const grid of GRIDS) {
        const id = cases[grid]!;
        const expected = VISIBLE[user]!.includes(grid) ? 200 : 404;
        for (const path of [
          `/cases/${id}`,
          `/cases/${id}/history`,
          `/cases/${id}/actions`,
          `/cases/${id}/comments`,
          `/cases/${id}/attachments`,
        ]) {
          const res = await h.request(path, { as: user });
          expect(`${user} ${grid} ${path} ${res.status}`).toBe(
            `${user} ${grid} ${path} ${expected}`,
          );
          if (res.status !== 200) expect((await res.json()).code).toBe('case.notFound');
          else expect(await res.text()).not.toMatch(ID_NUMBER);
        }
      }
    }
  });

  it('lets no user act on a case outside their areas', async () => {
    const { h, cases } = await world();
    for (const user of Object.keys(VISIBLE)) {
      for (const grid of GRIDS) {
        if (VISIBLE[user]!.includes(grid)) continue;
        const id = cases[grid]!;
        for (const type of ['note', 'assign', 'agree']) {
          const res = await h.command(id, user, type, { data: {} });
          expect(`${user} ${grid} ${type} ${res.status}`).toBe(`${user} ${grid} ${type} 404`);
        }
        const comment = await h.request(`/cases/${id}/comments`, {
          method: 'POST',
          as: user,
          json: { text: 'x' },
        });
        expect(comment.status).toBe(404);
        const reveal = await h.request(`/cases/${id}/pii/reveal`, {
          method: 'POST',
          as: user,
          json: { purpose: '越权测试' },
        });
        expect(reveal.status).toBe(404);
      }
    }
    for (const grid of GRIDS)
      expect((await h.store.getCase('demo-county', cases[grid]!))?.version).toBe(1);
  });

  it('lists, worklists and exports exactly the cases in each user’s areas, masked', async () => {
    const { h, cases } = await world();
    for (const user of Object.keys(VISIBLE)) {
      const expected = VISIBLE[user]!.map((g) => cases[g]!).sort();
      for (const path of ['/cases?limit=200', '/worklist?scope=area&limit=200']) {
        const res = await h.request(path, { as: user });
        const text = await res.text();
        expect(text).not.toMatch(ID_NUMBER);
        expect(text).not.toMatch(MOBILE);
        const body = JSON.parse(text);
        expect([user, path, body.items.map((i: { id: string }) => i.id).sort()]).toEqual([
          user,
          path,
          expected,
        ]);
        expect(body.total).toBe(expected.length);
      }
      const csv = await (await h.request('/export/cases.csv', { as: user })).text();
      expect(csv).not.toMatch(ID_NUMBER);
      expect(csv).not.toMatch(MOBILE);
      for (const grid of GRIDS)
        expect(csv.includes(cases[grid]!)).toBe(VISIBLE[user]!.includes(grid));
    }
  });

  it('guesses of case ids from other areas all answer 404', async () => {
    const { h, cases } = await world();
    const guesses = [cases['grid-w1a']!, '20260302-AAAAAAAA', 'nope', cases['grid-e2a']!];
    for (const id of guesses)
      expect((await h.request(`/cases/${id}`, { as: 'grid-e1a' })).status).toBe(404);
  });
});
