/**
 * T-AUTHZ and T-PII: every demo user against a case in every grid, through every case
 * endpoint. The expected table is written out here, not derived from the server's code.
 */
import { describe, expect, it } from 'vitest';
import {
  newTally,
  probeLists,
  probeReads,
  probeWritesRefused,
  type SendAs,
} from '../testing/accessProbe';
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
  const send: SendAs = (path, init) => h.request(path, init);
  return { h, cases, send };
}

describe('role x area matrix', () => {
  it('covers every demo user', async () => {
    const { h } = await world();
    expect(Object.keys(VISIBLE).sort()).toEqual(h.users.map((u) => u.id).sort());
  });

  it('lets no user read a case outside their areas, and every user read those inside', async () => {
    const { cases, send } = await world();
    const tally = newTally();
    for (const user of Object.keys(VISIBLE))
      for (const grid of GRIDS)
        await probeReads(send, tally, user, cases[grid]!, VISIBLE[user]!.includes(grid));
    expect(tally.violations).toEqual([]);
    expect(tally.checks).toBe(Object.keys(VISIBLE).length * GRIDS.length * 5);
  });

  it('lets no user act on a case outside their areas', async () => {
    const { h, cases, send } = await world();
    const tally = newTally();
    for (const user of Object.keys(VISIBLE))
      for (const grid of GRIDS)
        if (!VISIBLE[user]!.includes(grid))
          await probeWritesRefused(send, tally, user, cases[grid]!, ['note', 'assign', 'agree']);
    expect(tally.violations).toEqual([]);
    for (const grid of GRIDS)
      expect((await h.store.getCase('demo-county', cases[grid]!))?.version).toBe(1);
  });

  it('lists, worklists and exports exactly the cases in each user’s areas, masked', async () => {
    const { cases, send } = await world();
    const tally = newTally();
    const all = GRIDS.map((g) => cases[g]!);
    for (const user of Object.keys(VISIBLE))
      await probeLists(
        send,
        tally,
        user,
        VISIBLE[user]!.map((g) => cases[g]!),
        all,
      );
    expect(tally.violations).toEqual([]);
  });

  it('guesses of case ids from other areas all answer 404', async () => {
    const { h, cases } = await world();
    const guesses = [cases['grid-w1a']!, '20260302-AAAAAAAA', 'nope', cases['grid-e2a']!];
    for (const id of guesses)
      expect((await h.request(`/cases/${id}`, { as: 'grid-e1a' })).status).toBe(404);
  });
});
