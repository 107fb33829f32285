import type { AddressInfo } from 'node:net';
import {
  type CaseStore,
  type Clock,
  createGridcaseApp,
  createJwtAuth,
  createLowdbStore,
  createManualClock,
  type GridcaseApp,
  type Logger,
  type ManualClock,
  systemClock,
} from '@gridcase/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { seedStore } from '../seed/seedStore';
import { exampleRoutes } from './exampleRoutes';
import type { CountyServerConfig } from './loadConfig';
import { stagedUploads } from './stagedUploads';
import { staticApp } from './staticApp';

/** A running example county server. */
export interface CountyServer {
  /** `http://host:port` (the web app at `/`, the API at `/api`). */
  url: string;
  store: CaseStore;
  api: GridcaseApp;
  clock: Clock;
  /** Present only with the test clock. */
  testClock?: ManualClock;
  /** Whether this start seeded an empty data directory. */
  seeded: boolean;
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  /** Progress lines (seeding...). Default: the logger's `info`. */
  log?: (message: string) => void;
}

/**
 * Starts the example: opens the lowdb store in the data directory (seeding the two counties on
 * first start), mounts the gridcase API at `/api` in development mode (demo sign-in), runs the
 * deadline scheduler, and serves the built web app on the same origin.
 *
 * @example
 * ```ts
 * const server = await startCountyServer(loadConfig());
 * console.log(server.url);
 * await server.close();
 * ```
 */
export async function startCountyServer(
  config: CountyServerConfig,
  options: StartOptions = {},
): Promise<CountyServer> {
  const logger = options.logger ?? console;
  const log = options.log ?? ((message: string) => logger.info(message));
  const store = createLowdbStore({ dir: config.dataDir });
  await store.open();
  try {
    const testClock = config.testClock ? createManualClock(new Date()) : undefined;
    const clock = testClock ?? systemClock;
    let seeded = false;
    if ((await store.listCounties()).length === 0) {
      log(`seeding ${config.dataDir} ...`);
      await seedStore(store, { now: clock.now(), log });
      seeded = true;
    }
    const auth = createJwtAuth({
      algorithm: 'HS256',
      secret: config.jwtSecret,
      issuer: 'gridcase-example',
      audience: 'gridcase',
      // tokens age in real time, also when the test clock jumps days ahead
      clock: systemClock,
    });
    const api = createGridcaseApp({
      store,
      auth,
      clock,
      devMode: true,
      logger,
      // a demo on one machine: every browser (and the end-to-end tests) reports from 127.0.0.1
      publicChannel: { reportsPerAddress: { capacity: 100, perSecond: 100 / 3600 } },
    });
    // the deadline scheduler and the webhook dispatcher
    api.gridcase.start();

    const uploads = stagedUploads({
      store,
      auth,
      hub: api.gridcase.services.hub,
      now: () => clock.now(),
      onError: (message, error) => logger.error(`[gridcase example] ${message}`, error),
    });

    const host = new Hono();
    host.route('/api', api);
    host.route(
      '/example',
      exampleRoutes({ store, clock, testClock, runDue: api.gridcase.scheduler.runDue }),
    );
    host.route('/example', uploads.routes);
    host.route('/', staticApp(config.webDist));

    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: host.fetch, hostname: config.host, port: config.port }, () =>
        resolve(s),
      );
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${config.host}:${port}`,
      store,
      api,
      clock,
      ...(testClock ? { testClock } : {}),
      seeded,
      async close() {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
        await closed;
        uploads.stop();
        await api.gridcase.stop();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
