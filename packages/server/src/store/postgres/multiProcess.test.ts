import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../audit';
import { DEMO_COUNTY_ID } from '../../seed/demoCounty';
import { createHarness } from '../../testing/harness';
import { createPostgresStore, type PostgresStore } from './index';
import { type ServerProcess, startServerProcess } from './testing/startServerProcess';
import { createTestDatabase, type TestDatabase } from './testing/testDatabase';

// Three real server processes (createGridcaseApp on createPostgresStore, each its own Node
// process and pool) on one database. Cases are opened Monday 2026-03-02 09:00 Shanghai; the
// triage stage warns after 2 and breaches after 3 working days: 2 deadlines per case.
const OPENED = '2026-03-02T01:00:00.000Z';
const BREACH_PASSED = '2026-03-05T17:00:00.000Z';
const CASES = 50;
const COMMANDS = 1000;

let db: TestDatabase;
let store: PostgresStore;
let servers: ServerProcess[] = [];
let caseIds: string[] = [];
let token = '';

beforeAll(async () => {
  db = await createTestDatabase('processes');
  store = createPostgresStore({ connectionString: db.url, poolSize: 4 });
  await store.open(); // migrated before the servers start
  const seeding = (async () => {
    const h = await createHarness({ store: createPostgresStore({ connectionString: db.url }) });
    await h.publish();
    const opened = await Promise.all(
      Array.from({ length: CASES }, (_, i) => h.open({ data: { title: `纠纷${i}` } })),
    );
    caseIds = opened.map((c) => c.id);
    token = await h.tokenFor('police-e1');
    await h.close();
  })();
  const starting = Promise.all([1, 2, 3].map(() => startServerProcess(db.url, OPENED)));
  [servers] = await Promise.all([starting, seeding]);
}, 90_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await store?.close();
  await db?.drop();
}, 30_000);

const post = (server: ServerProcess, caseId: string, key: string, note: string) =>
  fetch(`${server.url}/cases/${caseId}/commands`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify({ type: 'note', data: { note } }),
  });

describe('three server processes on one PostgreSQL database', () => {
  it('take 1,000 concurrent commands over 50 cases: none lost, none twice, histories contiguous', async () => {
    const responses = await Promise.all(
      Array.from({ length: COMMANDS }, (_, i) =>
        post(servers[i % 3]!, caseIds[i % CASES]!, `command-${i}`, `n${i}`),
      ),
    );
    const statuses = responses.map((r) => r.status);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(
      statuses.filter((s) => s !== 200),
      bodies[0],
    ).toEqual([]);

    const perCase = COMMANDS / CASES;
    for (const [c, caseId] of caseIds.entries()) {
      const history = await store.getHistory(DEMO_COUNTY_ID, caseId);
      expect(history.map((h) => h.seq)).toEqual(
        Array.from({ length: perCase + 1 }, (_, s) => s + 1),
      );
      const notes = history.flatMap((h) => (h.changes?.note ? [h.changes.note[1]] : []));
      const expected = Array.from({ length: perCase }, (_, k) => `n${c + k * CASES}`);
      expect(notes.sort()).toEqual(expected.sort());
      expect((await store.getCase(DEMO_COUNTY_ID, caseId))?.version).toBe(perCase + 1);
    }

    // a retry, on another process, answers the first response and changes nothing
    const retried = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) =>
        post(servers[(i + 1) % 3]!, caseIds[i % CASES]!, `command-${i}`, `n${i}`),
      ),
    );
    expect(await Promise.all(retried.map((r) => r.text()))).toEqual(bodies.slice(0, 6));
    expect((await store.getHistory(DEMO_COUNTY_ID, caseIds[0]!)).length).toBe(perCase + 1);

    const audit = await verifyAuditChain(store);
    expect(audit).toMatchObject({ ok: true });
    const commands = (await store.readAudit()).filter((e) => e.detail?.command === 'note');
    expect(commands).toHaveLength(COMMANDS);
  }, 120_000);

  it('fire 100 due deadlines, each once, shared between the processes', async () => {
    expect(await store.dueDeadlines(BREACH_PASSED, 1000)).toHaveLength(2 * CASES);
    await Promise.all(servers.map((s) => s.ask({ type: 'clock', at: BREACH_PASSED }, 'clock')));
    const fired = await Promise.all(servers.map((s) => s.ask({ type: 'runDue' }, 'fired')));
    const counts = fired.map((f) => f.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2 * CASES);
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(1);
    for (const caseId of caseIds) {
      const history = await store.getHistory(DEMO_COUNTY_ID, caseId);
      const system = history.filter((h) => h.actor.system).map((h) => h.action);
      expect(system.sort()).toEqual(['deadline.breach', 'deadline.warn']);
    }
    expect(await store.dueDeadlines(BREACH_PASSED, 1000)).toEqual([]);
    const again = await Promise.all(servers.map((s) => s.ask({ type: 'runDue' }, 'fired')));
    expect(again.map((f) => f.count)).toEqual([0, 0, 0]);
    expect(servers.map((s) => s.errors())).toEqual(['', '', '']);
  }, 60_000);
});
