// One server for the HTTP section, in its own process, on a free 127.0.0.1 port:
//   node --import tsx bench/src/http/httpServer.ts <lowdb|memory|hono> [cases]
// `lowdb` and `memory` serve the real gridcase app (demo county, the fixture dispute flow
// published, `cases` cases opened, no rate limit) on that store; `hono` a bare Hono app that
// echoes a JSON POST. Prints one JSON line when listening: { port, caseIds, token }.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLowdbStore, createMemoryStore } from '@gridcase/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createHarness } from '../../../packages/server/src/testing/harness';

const kind = process.argv[2];
const cases = Number(process.argv[3] ?? 100);
let dir: string | undefined;
let fetch: (request: Request) => Response | Promise<Response>;
let ready: { caseIds: string[]; token: string } = { caseIds: [], token: '' };
let close = async () => {};

if (kind === 'hono') {
  const app = new Hono();
  app.post('/json', async (c) => c.json({ ok: true, got: await c.req.json() }));
  fetch = app.fetch;
} else if (kind === 'lowdb' || kind === 'memory') {
  if (kind === 'lowdb') dir = await mkdtemp(join(tmpdir(), 'gridcase-bench-http-'));
  const store = dir ? createLowdbStore({ dir }) : createMemoryStore();
  const h = await createHarness({
    store,
    // the load generator is one user sending thousands of commands: no rate limit here
    limits: { requests: { capacity: 1_000_000, perSecond: 1_000_000 } },
  });
  await h.publish();
  const caseIds: string[] = [];
  for (let i = 0; i < cases; i++) caseIds.push((await h.open()).id);
  ready = { caseIds, token: await h.tokenFor('police-e1') };
  fetch = h.app.fetch;
  close = () => h.close();
} else {
  throw new Error(`unknown server kind ${kind}: lowdb, memory or hono`);
}

const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, ...ready })}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void close()
    .then(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined))
    .finally(() => process.exit(0));
});
