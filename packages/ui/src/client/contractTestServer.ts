/** Test-only: the real gridcase server in this process, for the clients' contract tests. */
import {
  createGridcaseApp,
  createJwtAuth,
  createManualClock,
  createMemoryStore,
  type GridcaseApp,
} from '@gridcase/server';

type AppOptions = Omit<Parameters<typeof createGridcaseApp>[0], 'store' | 'auth' | 'clock'>;

/**
 * A Hono app on the memory store with a manual clock and development sign-in, reached through
 * `fetch` functions (no sockets); each `fetchFrom(ip)` arrives from that client address.
 *
 * @example
 * ```ts
 * const server = await testServer();
 * await seedDemo(server.app);
 * const token = await server.login('police-e1');
 * ```
 */
export async function testServer(options: Partial<AppOptions> = {}) {
  const store = createMemoryStore();
  await store.open();
  const clock = createManualClock('2026-03-02T01:00:00.000Z');
  const auth = createJwtAuth({
    algorithm: 'HS256',
    secret: 's'.repeat(32),
    issuer: 'ui-test',
    audience: 'gridcase',
    clock,
  });
  const logger = { info() {}, warn() {}, error() {} };
  const app: GridcaseApp = createGridcaseApp({
    logger,
    devMode: true,
    ...options,
    store,
    auth,
    clock,
  });
  const fetchFrom = (ip: string) =>
    ((input: RequestInfo | URL, init?: RequestInit) =>
      app.request(input instanceof Request ? input : String(input), init, {
        incoming: { socket: { remoteAddress: ip } },
      })) as typeof globalThis.fetch;
  const login = async (username: string) => {
    const res = await app.request('http://county.test/auth/dev-login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    return ((await res.json()) as { token: string }).token;
  };
  return { app, store, clock, fetch: fetchFrom('127.0.0.1'), fetchFrom, login };
}
