import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import type { GridcaseApp } from '../app/createGridcaseApp';

export interface ServeOptions {
  port?: number;
  /** Default `127.0.0.1`: put a reverse proxy with TLS in front for anything else. */
  hostname?: string;
  /** Mount point of the API (default `/`): `/api` serves `GET /api/cases` and so on. */
  basePath?: string;
}

export interface RunningServer {
  /** Where the API answers, e.g. `http://127.0.0.1:3000/api`. */
  url: string;
  port: number;
  /** Stops accepting requests, stops the scheduler and dispatcher, waits for work in flight. */
  close(): Promise<void>;
}

/**
 * Serves a gridcase app on Node with `@hono/node-server` and starts its deadline scheduler and
 * webhook dispatcher. The store stays the caller's to close.
 *
 * @example
 * ```ts
 * const app = createGridcaseApp({ store, auth });
 * const server = await serve(app, { port: 3000, basePath: '/api' });
 * console.log(`gridcase at ${server.url}`);
 * ```
 */
export async function serve(app: GridcaseApp, options: ServeOptions = {}): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const base = (options.basePath ?? '').replace(/\/+$/, '');
  const { Hono } = await import('hono');
  const root = base
    ? new Hono().get('/', (c) => c.redirect(`${base}/reference`, 302)).route(base, app)
    : app;
  const server = await new Promise<ReturnType<typeof nodeServe>>((resolve) => {
    const s = nodeServe({ fetch: root.fetch, port: options.port ?? 3000, hostname }, () =>
      resolve(s),
    );
  });
  const { port } = server.address() as AddressInfo;
  app.gridcase.start();
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    url: `http://${host}:${port}${base}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await app.gridcase.stop();
    },
  };
}
