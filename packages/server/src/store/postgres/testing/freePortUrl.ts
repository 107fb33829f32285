import { createServer } from 'node:net';

/**
 * A PostgreSQL URL on a loopback port where nothing listens (a database that cannot be
 * reached), for tests of `store.unavailable`.
 *
 * @example
 * ```ts
 * const store = createPostgresStore({ connectionString: await freePortUrl() });
 * ```
 */
export async function freePortUrl(): Promise<string> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
  return `postgresql://postgres@127.0.0.1:${port}/none`;
}
