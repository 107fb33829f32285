import type { CaseStore, Clock, ManualClock } from '@gridcase/server';
import { Hono } from 'hono';
import { demoUsers } from './demoUsers';

export interface ExampleRoutesOptions {
  store: CaseStore;
  clock: Clock;
  /** The controllable clock, only when the test clock is enabled. */
  testClock?: ManualClock;
  /** Fires deadlines due now; resolves to how many fired. */
  runDue: () => Promise<number>;
}

const MAX_ADVANCE_MS = 400 * 86_400_000;

/**
 * The example host's own routes beside the gridcase API: the demo logins for the sign-in page,
 * the server's time (the web app shows due dates against it), and, with the test clock only,
 * moving time forward and firing what fell due.
 *
 * @example
 * ```ts
 * host.route('/example', exampleRoutes({ store, clock, runDue: scheduler.runDue }));
 * ```
 */
export function exampleRoutes(options: ExampleRoutesOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.get('/demo-users', async (c) => c.json({ counties: await demoUsers(options.store) }));
  app.get('/clock', (c) =>
    c.json({ now: options.clock.now().toISOString(), controllable: !!options.testClock }),
  );
  const testClock = options.testClock;
  if (testClock) {
    app.post('/clock', async (c) => {
      const body = (await c.req.json().catch(() => ({}))) as { advanceMs?: unknown };
      const advance = body.advanceMs;
      if (
        typeof advance !== 'number' ||
        !Number.isFinite(advance) ||
        advance < 0 ||
        advance > MAX_ADVANCE_MS
      ) {
        return c.json({ code: 'request.invalid', message: 'advanceMs: 0 to 400 days in ms' }, 400);
      }
      testClock.advance(advance);
      const fired = await options.runDue();
      return c.json({ now: testClock.now().toISOString(), fired });
    });
  }
  return app;
}
