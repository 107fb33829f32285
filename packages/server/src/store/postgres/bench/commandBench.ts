// Durable command POSTs per second on PostgreSQL, with one and with two server processes.
//   tsx packages/server/src/store/postgres/bench/commandBench.ts [--seconds S] [--concurrency C]
// Starts a throwaway cluster with fsync and synchronous commit ON (or uses DATABASE_URL, in a
// fresh database), opens 50 cases, then for 1 and 2 real server processes (createGridcaseApp on
// createPostgresStore, each its own Node process) sends `note` commands with C requests in
// flight, spread round robin over processes and cases, for S seconds after a warm-up.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startPgCluster } from '../../../../../../scripts/pgCluster';
import { createHarness } from '../../../testing/harness';
import { createPostgresStore } from '../index';
import { type ServerProcess, startServerProcess } from '../testing/startServerProcess';

const OPENED = '2026-03-02T01:00:00.000Z';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

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
        `${servers[i % servers.length]!.url}/cases/${caseIds[i % caseIds.length]}/commands`,
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

async function main(): Promise<void> {
  const seconds = option('seconds', 3);
  const concurrency = option('concurrency', 32);
  const cluster = await startPgCluster({ durable: true });
  const name = `gc_bench_${randomBytes(4).toString('hex')}`;
  await withAdmin(cluster.url, `CREATE DATABASE ${name}`);
  const url = new URL(cluster.url);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    const h = await createHarness({
      store: createPostgresStore({ connectionString: databaseUrl }),
    });
    await h.publish();
    const opened = await Promise.all(Array.from({ length: 50 }, () => h.open()));
    const caseIds = opened.map((c) => c.id);
    const token = await h.tokenFor('police-e1');
    await h.close();
    const rows: string[][] = [];
    for (const processes of [1, 2]) {
      const servers = await Promise.all(
        Array.from({ length: processes }, () => startServerProcess(databaseUrl, OPENED)),
      );
      try {
        await drive(servers, caseIds, token, concurrency, 500);
        const cpu = async () =>
          (await Promise.all(servers.map((s) => s.ask({ type: 'cpu' }, 'cpu')))).reduce(
            (sum, m) => sum + m.micros,
            0,
          );
        const before = await cpu();
        const { ok, failed } = await drive(servers, caseIds, token, concurrency, seconds * 1000);
        const perCommand = (await cpu()) - before;
        rows.push([
          String(processes),
          (ok / seconds).toFixed(0),
          (perCommand / Math.max(1, ok) / 1000).toFixed(1),
          String(failed),
        ]);
      } finally {
        await Promise.all(servers.map((s) => s.stop()));
      }
    }
    const head = [
      'server processes',
      'durable command POSTs/s',
      'server CPU ms/command',
      'not 200',
    ];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
    process.stdout.write(
      [
        '',
        `PostgreSQL store: note commands over 50 cases, ${concurrency} in flight, ${seconds} s, fsync on`,
        line(head),
        line(widths.map((w) => '-'.repeat(w))),
        ...rows.map(line),
        "CPU is the server processes' own (Node), summed: on a machine shared with other work the",
        'rate follows the CPU it gets; CPU per command is the steadier figure.',
        '',
      ].join('\n'),
    );
  } finally {
    await withAdmin(cluster.url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await cluster.stop();
  }
}

await main();
