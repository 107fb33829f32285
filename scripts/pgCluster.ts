/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a temp directory,
 * `pg_ctl start` on a free loopback port with the socket in that directory, and a `stop()`
 * that shuts it down and deletes everything. As root the binaries run as the `postgres` user
 * (`runuser`), since PostgreSQL refuses to run as root. With `DATABASE_URL` set, nothing starts
 * and that server is used. The binaries come from `PG_BIN` (set by scripts/bootstrap.mjs) or
 * the newest `/usr/lib/postgresql/<version>/bin`.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgCluster {
  /** `postgresql://postgres@127.0.0.1:<port>/postgres`, or the preset `DATABASE_URL`. */
  url: string;
  /** Whether this process started the server (false for a preset `DATABASE_URL`). */
  started: boolean;
  /** Stops the server and deletes its directory (nothing for a preset `DATABASE_URL`). */
  stop(): Promise<void>;
}

/** The folder holding `initdb` and `pg_ctl`, or undefined when PostgreSQL is not installed. */
export function findPgBin(): string | undefined {
  const preset = process.env.PG_BIN;
  if (preset && existsSync(join(preset, 'initdb'))) return preset;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** A TCP port free on 127.0.0.1 right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a cluster (or takes `DATABASE_URL`). `durable: true` keeps fsync and synchronous
 * commit on (benchmarks of durable commits); tests leave them off for speed.
 *
 * @example
 * ```ts
 * const cluster = await startPgCluster();
 * process.env.DATABASE_URL = cluster.url;
 * // ... tests ...
 * await cluster.stop();
 * ```
 */
export async function startPgCluster(options: { durable?: boolean } = {}): Promise<PgCluster> {
  const preset = process.env.DATABASE_URL;
  if (preset) return { url: preset, started: false, stop: async () => undefined };
  const bin = findPgBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL is not installed: run `node scripts/bootstrap.mjs setup` as root (Debian package postgresql), set PG_BIN, or set DATABASE_URL',
    );
  }
  const asRoot = process.getuid?.() === 0;
  const pg = (tool: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args])
      : run(join(bin, tool), args);
  const dir = await mkdtemp(join(tmpdir(), 'gridcase-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  try {
    if (asRoot) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const settings = [
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
      // for tests durability is off (speed); benchmarks of durable commits keep it on
      options.durable ? '' : '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    ].join(' ');
    await pg('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', settings, 'start']);
    return {
      url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
      started: true,
      async stop() {
        await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const tail = await readFile(log, 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start PostgreSQL: ${String(error)}\n${tail.slice(-2000)}`);
  }
}
