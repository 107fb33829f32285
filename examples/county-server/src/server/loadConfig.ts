import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How the example county server runs. */
export interface CountyServerConfig {
  /** The lowdb data directory; seeded on first start. */
  dataDir: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The built web app (`examples/web/dist`); absent: the API only. */
  webDist?: string;
  /** HS256 key for sign-in tokens. */
  jwtSecret: string;
  /**
   * The controllable clock for end-to-end tests (`POST /example/clock` moves time and fires due
   * deadlines). Only with `GRIDCASE_TEST_CLOCK=1`, never with `NODE_ENV=production`.
   */
  testClock: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (examples/county-server/src/server -> ../../../..). */
export const REPO_ROOT = resolve(here, '..', '..', '..', '..');

/**
 * Reads the configuration from environment variables:
 * `GRIDCASE_DATA_DIR` (default `.data/example` under the repository), `GRIDCASE_HOST`
 * (`127.0.0.1`), `GRIDCASE_PORT` (`8080`), `GRIDCASE_WEB_DIST` (`examples/web/dist`),
 * `GRIDCASE_JWT_SECRET` (random per start), `GRIDCASE_TEST_CLOCK` (`1` to enable).
 *
 * @example
 * ```ts
 * const config = loadConfig({ GRIDCASE_PORT: '0', GRIDCASE_TEST_CLOCK: '1' });
 * ```
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
): CountyServerConfig {
  const testClock = env.GRIDCASE_TEST_CLOCK === '1';
  if (testClock && env.NODE_ENV === 'production') {
    throw new Error('GRIDCASE_TEST_CLOCK is for tests: it refuses to run with NODE_ENV=production');
  }
  const port = Number(env.GRIDCASE_PORT ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`GRIDCASE_PORT must be a port number, not "${env.GRIDCASE_PORT}"`);
  }
  return {
    dataDir: resolve(env.GRIDCASE_DATA_DIR ?? join(REPO_ROOT, '.data', 'example')),
    host: env.GRIDCASE_HOST ?? '127.0.0.1',
    port,
    webDist: resolve(env.GRIDCASE_WEB_DIST ?? join(REPO_ROOT, 'examples', 'web', 'dist')),
    jwtSecret: env.GRIDCASE_JWT_SECRET ?? randomBytes(32).toString('hex'),
    testClock,
  };
}
