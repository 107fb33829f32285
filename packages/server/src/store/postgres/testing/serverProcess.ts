/**
 * One gridcase server process for the multi-process tests: the real Hono app
 * (`createGridcaseApp`) on a PostgreSQL store, served on a free 127.0.0.1 port, with a manual
 * clock and a scheduler the parent drives over IPC. Run through tsx by `startServerProcess`.
 *
 * Environment: `DATABASE_URL`, `GRIDCASE_NOW` (the clock's start). Messages in:
 * `{ type: 'clock', at }`, `{ type: 'runDue' }`, `{ type: 'cpu' }`, `{ type: 'stop' }`.
 * Messages out: `{ type: 'listening', port }`, `{ type: 'clock' }`, `{ type: 'fired', count }`,
 * `{ type: 'cpu', micros }` (CPU time used so far), `{ type: 'stopped' }`.
 */
import { serve } from '@hono/node-server';
import { createGridcaseApp } from '../../../app/createGridcaseApp';
import { createJwtAuth } from '../../../auth/jwtAuth';
import { createManualClock } from '../../../clock';
import { createScheduler } from '../../../deadlines/scheduler';
import { TEST_AUDIENCE, TEST_ISSUER, TEST_SECRET } from '../../../testing/harness';
import { createPostgresStore } from '../index';

export type ParentMessage =
  | { type: 'clock'; at: string }
  | { type: 'runDue' }
  | { type: 'cpu' }
  | { type: 'stop' };
export type ChildMessage =
  | { type: 'listening'; port: number }
  | { type: 'clock' }
  | { type: 'fired'; count: number }
  | { type: 'cpu'; micros: number }
  | { type: 'stopped' };

const send = (message: ChildMessage) => process.send?.(message);

async function main(): Promise<void> {
  const clock = createManualClock(process.env.GRIDCASE_NOW ?? new Date().toISOString());
  const store = createPostgresStore({ connectionString: process.env.DATABASE_URL, poolSize: 10 });
  await store.open();
  const auth = createJwtAuth({
    algorithm: 'HS256',
    secret: TEST_SECRET,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    clock,
  });
  const app = createGridcaseApp({
    store,
    auth,
    clock,
    // one test user sends hundreds of commands: the rate limit is not under test here
    limits: { requests: { capacity: 1_000_000, perSecond: 1_000_000 } },
    logger: { info() {}, warn() {}, error: (message, ...rest) => console.error(message, ...rest) },
  });
  // small batches, so that concurrent schedulers share the due rows
  const scheduler = createScheduler(app.gridcase.services, { batch: 10 });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    send({ type: 'listening', port: info.port }),
  );
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'clock') {
      clock.set(message.at);
      send({ type: 'clock' });
    } else if (message.type === 'runDue') {
      send({ type: 'fired', count: await scheduler.runDue() });
    } else if (message.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ type: 'cpu', micros: user + system });
    } else {
      server.close();
      await store.close();
      send({ type: 'stopped' });
      process.disconnect?.();
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
