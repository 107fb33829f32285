/**
 * Fault suite, bad input: a corpus of hostile requests plus fast-check fuzzing against a real
 * Hono app on a lowdb store in a real temporary directory. Every request must be refused with a
 * coded 4xx from the catalog, the server must keep serving, nothing may be stored, and no
 * request may block the event loop for 100 ms or more.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ERROR_CATALOG,
  type ErrorCode,
  isErrorCode,
  type WorkflowDefinition,
} from '@gridcase/engine';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renamed } from '../definitions/definitionShared';
import { DEMO_COUNTY_ID } from '../seed/demoCounty';
import { createLowdbStore } from '../store';
import { fixtureDefinition, fixtureReport } from '../testing/fixtureDefinition';
import { createHarness, type Harness } from '../testing/harness';
import { type BadRequest, badInputCorpus } from './badInput/badInputCorpus';
import { fuzzCommandBody, fuzzDraftBody } from './badInput/fuzzBodies';
import { hostileSchemas, OVERSIZE_SCHEMA } from './badInput/hostileSchemas';
import { count, figure, fullRun } from './figure';

const FUZZ_RUNS = fullRun ? 2_000 : 250;
const BLOCK_LIMIT_MS = 100;

let dir: string;
let h: Harness;
let caseId: string;
let hostileDrafts: string[];

/** Every file under the data directory with its SHA-256: any stored byte changes it. */
function filesOf(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        out[path.slice(root.length)] = createHash('sha256')
          .update(readFileSync(path))
          .digest('hex');
    }
  };
  walk(root);
  return out;
}

/** What the store holds, read through its own API (cases, history, definitions, audit, ...). */
async function contents(): Promise<unknown> {
  const { store } = h;
  const cases = (await store.listCases({ countyId: DEMO_COUNTY_ID, limit: 10_000 })).items;
  return {
    cases,
    history: await Promise.all(cases.map((c) => store.getHistory(DEMO_COUNTY_ID, c.id))),
    comments: await Promise.all(cases.map((c) => store.listComments(DEMO_COUNTY_ID, c.id))),
    attachments: await Promise.all(cases.map((c) => store.listAttachments(DEMO_COUNTY_ID, c.id))),
    definitions: await store.listDefinitions(DEMO_COUNTY_ID),
    audit: await store.readAudit(1, 100_000),
    idempotency: await store.listIdempotency(undefined, 100_000),
    outbox: await store.listOutbox(undefined, 100_000),
    files: filesOf(dir),
  };
}

/**
 * Measures how long the event loop is blocked: a 5 ms interval notes how late it fires, and the
 * lateness is charged to the request in flight. On a shared 2-core machine the process can also
 * be descheduled, which looks the same but burns no CPU here: so a lateness counts only as far
 * as this process used CPU meanwhile, and every request charged with half the limit or more is
 * sent again (up to 3 times) keeping its smallest figure: a real block repeats, a pause of the
 * machine does not.
 */
function blockProbe() {
  const every = 5;
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let current: { name: string; ms: number; run: () => Promise<unknown> } | undefined;
  const charged: Array<NonNullable<typeof current>> = [];
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const blocked = Math.min(now - last - every, (cpu.user + cpu.system) / 1000);
    if (current && blocked > current.ms) current.ms = blocked;
    last = now;
    lastCpu = process.cpuUsage();
  }, every);
  const measure = async <T>(name: string, run: () => Promise<T>) => {
    current = { name, ms: 0, run };
    const result = await run();
    // let the probe's timer run before the next request starts
    await new Promise((resolve) => setTimeout(resolve, 0));
    const entry = current;
    current = undefined;
    return { result, entry };
  };
  return {
    async around<T>(name: string, run: () => Promise<T>): Promise<T> {
      const { result, entry } = await measure(name, run);
      charged.push(entry);
      return result;
    },
    /** The worst request after re-sending the suspicious ones: `{ name, ms, resent }`. */
    async worst() {
      let resent = 0;
      for (const entry of charged) {
        for (let i = 0; i < 3 && entry.ms >= BLOCK_LIMIT_MS / 2; i++) {
          resent++;
          const again = await measure(entry.name, async () => {
            const res = (await entry.run()) as Response;
            await res.arrayBuffer();
          });
          entry.ms = Math.min(entry.ms, again.entry.ms);
        }
      }
      const top = charged.reduce((a, b) => (b.ms > a.ms ? b : a), { name: '', ms: 0 });
      return { name: top.name, ms: top.ms, resent };
    },
    stop: () => clearInterval(timer),
  };
}

type Probe = ReturnType<typeof blockProbe>;

/** Sends one request; checks a coded 4xx with the catalog's status, message and hint. */
async function refused(probe: Probe, req: BadRequest, expectCode?: ErrorCode) {
  const res = await probe.around(req.name, () =>
    h.request(req.path, {
      method: req.method,
      as: req.as,
      headers: req.headers,
      body: req.body as BodyInit | undefined,
    }),
  );
  const text = await res.text();
  let body: { code?: unknown; message?: unknown; hint?: unknown; details?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${req.name}: ${res.status} not JSON: ${text.slice(0, 200)}`);
  }
  const code = expectCode ?? req.code;
  const wrong =
    res.status !== ERROR_CATALOG[code].status ||
    body.code !== code ||
    typeof body.message !== 'string' ||
    typeof body.hint !== 'string' ||
    typeof body.details !== 'object';
  if (wrong) return `${req.name}: ${res.status} ${text.slice(0, 300)}, wanted ${code}`;
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  return undefined;
}

/** A refusal of any catalog 4xx code (fuzzed bodies: which check fires first may vary). */
async function refusedSomehow(
  probe: Probe,
  name: string,
  req: Omit<BadRequest, 'code' | 'name' | 'endpoint'>,
) {
  const res = await probe.around(name, () =>
    h.request(req.path, {
      method: req.method,
      as: req.as,
      headers: req.headers,
      body: req.body as BodyInit | undefined,
    }),
  );
  const body = (await res.json()) as { code: string; message: string; hint: string };
  const ok =
    res.status >= 400 &&
    res.status < 500 &&
    isErrorCode(body.code) &&
    ERROR_CATALOG[body.code].status === res.status &&
    typeof body.message === 'string' &&
    typeof body.hint === 'string';
  if (!ok) throw new Error(`${name}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return body.code;
}

/** The server still answers a valid read after a batch. */
async function stillServing() {
  const res = await h.request(`/cases/${caseId}`, { as: 'grid-e1a' });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gridcase-bad-input-'));
  h = await createHarness({
    store: createLowdbStore({ dir, onWarning: () => {} }),
    limits: {
      requests: { capacity: 1e9, perSecond: 1e9 },
      exports: { capacity: 1e9, perSecond: 1e9 },
    },
  });
  await h.publish();
  caseId = (await h.open({ data: fixtureReport })).id;
  // hostile drafts go straight into the store: saving a draft is allowed, publishing it is not
  hostileDrafts = [];
  for (const [i, schema] of hostileSchemas().entries()) {
    const id = `hostile-${i}`;
    const base = renamed(fixtureDefinition, id);
    const definition: WorkflowDefinition = {
      ...base,
      forms: { ...base.forms, note: { ...base.forms.note!, schema: schema as never } },
    };
    await h.store.saveDraft({
      countyId: DEMO_COUNTY_ID,
      definitionId: id,
      version: 0,
      status: 'draft',
      definition,
      hash: `hostile-${i}`,
      savedAt: h.clock.now().toISOString(),
      savedBy: 'admin',
    });
    hostileDrafts.push(id);
  }
}, 60_000);

afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bad input', () => {
  it('refuses every bad or fuzzed request with a coded 4xx, keeps serving, stores nothing and never blocks the loop', async (ctx) => {
    const corpus = badInputCorpus({
      caseId,
      opener: 'grid-e1a',
      actor: 'police-e1',
      admin: 'admin',
      hostileDrafts,
    });
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const before = await contents();
    const probe = blockProbe();
    try {
      let batch = corpus[0]!.endpoint;
      const mismatches: string[] = [];
      for (const req of corpus) {
        if (req.endpoint !== batch) {
          await stillServing();
          batch = req.endpoint;
        }
        const mismatch = await refused(probe, req);
        if (mismatch) mismatches.push(mismatch);
      }
      expect(mismatches).toEqual([]);
      await stillServing();

      // a schema over 64 KiB is refused for its size alone, not with a finding per field
      const oversize = await h.request(`/definitions/${hostileDrafts[OVERSIZE_SCHEMA]}/publish`, {
        method: 'POST',
        as: 'admin',
      });
      const { details } = (await oversize.json()) as {
        details: { findings: Array<{ code: string; pointer: string }> };
      };
      expect(details.findings).toEqual([
        expect.objectContaining({ code: 'form.badSchema', pointer: '/forms/note/schema' }),
      ]);

      // fuzzing: arbitrary JSON and mutated valid bodies on the command and draft endpoints
      let fuzzed = 0;
      const targets = [
        {
          body: fuzzCommandBody(),
          method: 'POST',
          path: `/cases/${caseId}/commands`,
          as: 'police-e1',
        },
        {
          body: fuzzDraftBody(),
          method: 'PUT',
          path: `/definitions/${fixtureDefinition.id}/draft`,
          as: 'admin',
        },
      ] as const;
      for (const target of targets) {
        await fc.assert(
          fc.asyncProperty(target.body, async (body) => {
            fuzzed++;
            await refusedSomehow(probe, `fuzz ${target.path} ${body.slice(0, 80)}`, {
              method: target.method,
              path: target.path,
              as: target.as,
              headers: {
                'content-type': 'application/json',
                'idempotency-key': `fuzz-${fuzzed}-key`,
              },
              body,
            });
          }),
          { numRuns: FUZZ_RUNS },
        );
        await stillServing();
      }

      expect(await contents()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const worst = await probe.worst();
      expect(worst.ms, `blocked by ${worst.name}`).toBeLessThan(BLOCK_LIMIT_MS);
      expect(await contents()).toEqual(before);

      // and writes still work after all of it
      const ok = await h.command(caseId, 'police-e1', 'note', { data: { note: '仍可写入' } });
      expect(ok.status).toBe(200);

      figure(
        ctx,
        'bad input',
        `${count(corpus.length)} requests + ${count(fuzzed)} fuzzed, all coded 4xx, 0 stored, max event-loop block ${Math.round(worst.ms)} ms`,
      );
    } finally {
      probe.stop();
    }
  }, 120_000);
});
