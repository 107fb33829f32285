import { randomBytes } from 'node:crypto';
import { createPostgresStore } from '@gridcase/server';
import { Client } from 'pg';
import {
  type ServerProcess,
  startServerProcess,
} from '../../../packages/server/src/store/postgres/testing/startServerProcess';
import { createHarness } from '../../../packages/server/src/testing/harness';
import { findPgBin, startPgCluster } from '../../../scripts/pgCluster';
import { fmt, times } from '../measure';
import type { BenchOptions, BenchRow, BenchSection } from '../section';

const OPENED = '2026-03-02T01:00:00.000Z';
const TITLE = '6. PostgreSQL: durable command POSTs with one vs two server processes';

async function withAdmin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Sends commands with `concurrency` in flight until `ms` pass; resolves to the 200s counted. */
async function drive(
  servers: ServerProcess[],
  caseIds: string[],
  token: string,
  concurrency: number,
  ms: number,
): Promise<{ ok: number; failed: number }> {
  const until = performance.now() + ms;
  let n = 0;
  let ok = 0;
  let failed = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const i = n++;
      const response = await fetch(
        `${servers[i % servers.length]?.url}/cases/${caseIds[i % caseIds.length]}/commands`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'idempotency-key': `bench-${randomBytes(8).toString('hex')}`,
          },
          body: JSON.stringify({ type: 'note', data: { note: `n${i}` } }),
        },
      );
      await response.arrayBuffer();
      if (response.status === 200) ok += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ok, failed };
}

/**
 * Section 6: durable command POSTs per second on PostgreSQL with one and with two server
 * processes. Starts a throwaway cluster with fsync and synchronous commit on (or uses
 * DATABASE_URL, in a fresh database), opens 50 cases, then for 1 and 2 real server processes
 * (the gridcase app on the PostgreSQL store, each its own Node process on 127.0.0.1) sends `note`
 * commands with 32 in flight, round robin over processes and cases, for a bounded time after a
 * warm-up. Without PostgreSQL it returns a section that says so (no rows, no goals).
 *
 * @example
 * ```ts
 * const section = await postgresSection({ quick: true });
 * ```
 */
export async function postgresSection(options: BenchOptions): Promise<BenchSection> {
  const seconds = options.quick ? 0.5 : 5;
  const warmupMs = options.quick ? 100 : 500;
  const concurrency = 32;
  const method = `a throwaway cluster, fsync and synchronous commit on; note commands over 50 cases, ${concurrency} in flight, round robin over the processes, ${warmupMs / 1000} s warm-up then ${seconds} s`;
  if (!process.env.DATABASE_URL && !findPgBin()) {
    process.stdout.write(
      `${TITLE}: skipped, no PostgreSQL (install it, e.g. \`node scripts/bootstrap.mjs setup\` as root, set PG_BIN, or set DATABASE_URL)\n\n`,
    );
    return {
      title: TITLE,
      method: `skipped: PostgreSQL is not installed (set PG_BIN or DATABASE_URL). ${method}`,
      rows: [],
      goals: [],
    };
  }
  const cluster = await startPgCluster({ durable: true });
  const name = `gc_bench_${randomBytes(4).toString('hex')}`;
  await withAdmin(cluster.url, `CREATE DATABASE ${name}`);
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const rows: BenchRow[] = [];
  try {
    const h = await createHarness({
      store: createPostgresStore({ connectionString: databaseUrl }),
    });
    await h.publish();
    const opened = await Promise.all(Array.from({ length: 50 }, () => h.open()));
    const caseIds = opened.map((c) => c.id);
    const token = await h.tokenFor('police-e1');
    await h.close();
    let single = 0;
    for (const processes of [1, 2]) {
      const servers = await Promise.all(
        Array.from({ length: processes }, () => startServerProcess(databaseUrl, OPENED)),
      );
      try {
        await drive(servers, caseIds, token, concurrency, warmupMs);
        const cpu = async () =>
          (await Promise.all(servers.map((s) => s.ask({ type: 'cpu' }, 'cpu')))).reduce(
            (sum, m) => sum + m.micros,
            0,
          );
        const before = await cpu();
        const { ok, failed } = await drive(servers, caseIds, token, concurrency, seconds * 1000);
        const perCommand = (await cpu()) - before;
        const rate = ok / seconds;
        if (processes === 1) single = rate;
        rows.push({
          variant: `${processes} server process${processes > 1 ? 'es' : ''}`,
          cells: {
            'durable command POSTs/s': fmt(rate),
            'server CPU ms/command': (perCommand / Math.max(1, ok) / 1000).toFixed(2),
            'not 200': String(failed),
          },
          ratio: processes === 1 ? undefined : `${times(rate / single)} one process`,
        });
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    }
  } finally {
    await withAdmin(cluster.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await cluster.stop();
  }
  return {
    title: TITLE,
    method: `${method}. CPU is the server processes' own, summed. Why a second process adds little: every commit appends to the one audit chain under its head row lock (SELECT ... FOR UPDATE in the commit transaction), held until the commit's WAL flush, so commits serialize across processes at one fsync'd transaction at a time`,
    rows,
    goals: [],
  };
}
