/**
 * T-OCC: 200 clients send a command to the same case at once over real HTTP to the Hono app
 * on a lowdb store: half append blindly (the per-case mutex serializes them), half read the
 * case first and send `If-Match` with the version they saw. A version gone stale meanwhile is
 * answered 409 `case.versionConflict` with the current version, and such a client re-reads
 * and sends again with the same idempotency key. Every acknowledged command is in the history
 * exactly once, at the version its answer named; no stale write gets through.
 */
import { describe, expect, it } from 'vitest';
import { serve } from '../serve/serve';
import { createLowdbStore } from '../store';
import { createHarness } from '../testing/harness';
import { count, figure } from './figure';
import { officers, useDataDirs } from './serverProcess';

const CLIENTS = 200;
/** Twenty officers share the clients (ten each, a few requests apiece). */
const OFFICERS = officers(20);

interface Conflict {
  code: string;
  details: { currentVersion: number };
}

describe('fault: concurrency on one case', () => {
  const dirs = useDataDirs();

  it('answers stale versions 409 and loses none of 200 concurrent commands', {
    timeout: 120_000,
  }, async (ctx) => {
    const dir = await dirs.make();
    const h = await createHarness({ store: createLowdbStore({ dir, onWarning: () => undefined }) });
    for (const user of OFFICERS) await h.store.putUser(user);
    await h.publish();
    const opened = await h.open();
    const server = await serve(h.app, { port: 0 });
    const officerTokens = await Promise.all(OFFICERS.map((u) => h.tokenFor(u.id)));
    const tokens = Array.from({ length: CLIENTS }, (_, i) => officerTokens[i % OFFICERS.length]);
    const caseUrl = `${server.url}/cases/${opened.id}`;
    const seenVersion = async (i: number) => {
      const res = await fetch(caseUrl, { headers: { authorization: `Bearer ${tokens[i]}` } });
      return Number(JSON.parse(res.headers.get('etag') ?? 'null'));
    };
    const send = (i: number, ifMatch?: number) =>
      fetch(`${caseUrl}/commands`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${tokens[i]}`,
          'content-type': 'application/json',
          'idempotency-key': `occ-client-${i}`,
          ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
        },
        body: JSON.stringify({ type: 'note', data: { note: `client ${i}` } }),
      });
    const acked = new Map<number, number>(); // client → version its 200 named
    const accept = async (i: number, res: Response, ifMatch?: number) => {
      const body = await res.json();
      if (res.status === 200) {
        if (ifMatch !== undefined) expect(body.case.version, `client ${i}`).toBe(ifMatch + 1);
        acked.set(i, body.case.version);
        return true;
      }
      const conflict = body as Conflict;
      expect([res.status, conflict.code], `client ${i}`).toEqual([409, 'case.versionConflict']);
      expect(conflict.details.currentVersion).toBeGreaterThan(ifMatch!); // stale, not a false alarm
      return false;
    };
    let conflicts = 0;
    let checked = 0;
    try {
      const refused = (
        await Promise.all(
          Array.from({ length: CLIENTS }, async (_, i) => {
            if (i % 2 === 0) return (await accept(i, await send(i))) ? [] : [i];
            const version = await seenVersion(i);
            checked += 1;
            return (await accept(i, await send(i, version), version)) ? [] : [i];
          }),
        )
      ).flat();
      conflicts = refused.length;
      for (const i of refused) {
        const version = await seenVersion(i);
        expect(await accept(i, await send(i, version), version), `client ${i} retried`).toBe(true);
      }

      const history = await h.store.getHistory('demo-county', opened.id);
      expect(history.map((e) => e.seq)).toEqual(
        Array.from({ length: CLIENTS + 1 }, (_, i) => i + 1),
      );
      const seqOf = new Map<unknown, number[]>();
      for (const entry of history.slice(1)) {
        const note = entry.changes?.note?.[1];
        seqOf.set(note, [...(seqOf.get(note) ?? []), entry.seq]);
      }
      expect(acked.size).toBe(CLIENTS);
      for (const [i, version] of acked)
        expect(seqOf.get(`client ${i}`), `client ${i}`).toEqual([version]);
      expect((await h.store.getCase('demo-county', opened.id))?.version).toBe(CLIENTS + 1);
    } finally {
      await server.close();
      await h.close();
    }
    expect(conflicts).toBeGreaterThan(0); // the contention was real
    figure(
      ctx,
      'concurrency',
      `${count(CLIENTS)} concurrent commands on one case (${count(checked)} with If-Match), ${count(acked.size)} acknowledged, 0 lost, 0 duplicated; ${count(conflicts)} stale If-Match answered 409 case.versionConflict, 0 stale writes applied`,
    );
  });
});
