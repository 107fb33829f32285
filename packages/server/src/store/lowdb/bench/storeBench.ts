/**
 * Store-level measurements for the lowdb store (not a test; run by hand):
 *
 *   node --import tsx packages/server/src/store/lowdb/bench/storeBench.ts [cases=100000]
 *
 * Seeds `cases` realistic cases, measures sequential commit latency at 1k and at the full
 * size, 10 concurrent writers, the snapshot at close, and start-up time and memory in a
 * fresh process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseRecord } from '@gridcase/engine';
import { createCommit, makeCase, minute, updateCommit } from '../../contract/fixtures';
import { createLowdbStore, type LowdbStore } from '../createLowdbStore';

const realistic = (i: number): CaseRecord =>
  makeCase(`case-${String(i).padStart(7, '0')}`, {
    areaPath: ['c1', `t${i % 12}`, `v${i % 97}`, `g${i % 480}`],
    caseType: i % 3 === 0 ? 'hazard' : 'dispute',
    stages: [i % 5 === 0 ? 'd.mediation' : 'd.triage'],
    assignee: { role: 'gridMember', areaId: `g${i % 480}`, userId: `u${i % 900}` },
    dueAt: minute(i % 5000),
    createdAt: minute(i % 100000),
    data: {
      title: `第${i}号 邻里噪音纠纷：楼上装修扰民，多次协商未果`,
      category: 'neighbour',
      summary: '当事人反映楼上住户夜间装修，噪音严重影响休息，要求网格员协调处理。',
      parties: [
        {
          name: '张三',
          idNumber: '110105199001011234',
          phone: '13800138000',
          address: '幸福路12号3单元401',
        },
        {
          name: '李四',
          idNumber: '110105198505054321',
          phone: '13900139000',
          address: '幸福路12号3单元501',
        },
      ],
      location: { lat: 39.9 + (i % 100) / 1000, lng: 116.4 },
    },
  });

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

async function seed(store: LowdbStore, from: number, to: number, inFlight = 256): Promise<void> {
  let next = from;
  const worker = async () => {
    while (next < to) {
      const i = next++;
      await store.commit(createCommit(realistic(i), { key: `seed:${i}` }));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

async function sequential(
  store: LowdbStore,
  n: number,
  base: number,
): Promise<{ p50: number; p99: number; cpuUs: number }> {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i += 1) {
    const record = (await store.getCase(
      'c1',
      `case-${String(base + (i % 500)).padStart(7, '0')}`,
    ))!;
    const t0 = performance.now();
    await store.commit(updateCommit(record, { updatedAt: new Date().toISOString() }));
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    p50: r(percentile(times, 0.5)),
    p99: r(percentile(times, 0.99)),
    cpuUs: Math.round((cpu.user + cpu.system) / n),
  };
}

async function concurrent(store: LowdbStore, writers: number, perWriter: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < perWriter; i += 1) {
        const record = (await store.getCase('c1', `case-${String(w * 7).padStart(7, '0')}`))!;
        await store.commit(updateCommit(record, { updatedAt: new Date().toISOString() }));
      }
    }),
  );
  return (writers * perWriter * 1000) / (performance.now() - t0);
}

if (process.argv[2] === 'open') {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const store = createLowdbStore({ dir: process.argv[3]!, checkpointOnClose: false });
  await store.open();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const page = await store.listCases({
    countyId: 'c1',
    withinAreas: ['g7'],
    sort: 'due',
    limit: 20,
  });
  global.gc?.();
  const rss = process.memoryUsage().rss / 2 ** 20;
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      openMs: Math.round(ms),
      openCpuMs: cpuMs,
      rssMiB: Math.round(rss),
      heapMiB: Math.round(heap),
      peakRssMiB: Math.round(peak),
      gridPage: page.total,
    }),
  );
  await store.close();
} else {
  const total = Number(process.argv[2] ?? 100_000);
  const dir = await mkdtemp(join(tmpdir(), 'gridcase-bench-'));
  const store = createLowdbStore({ dir });
  await store.open();
  let t0 = performance.now();
  await seed(store, 0, 1000);
  const at1k = await sequential(store, 1000, 0);
  await seed(store, 1000, total);
  const seedMs = performance.now() - t0;
  await store.checkpoint(); // let a background snapshot finish before timing single commits
  await store.checkpoint();
  const atFull = await sequential(store, 1000, total - 600);
  const tenWriters = await concurrent(store, 10, 100);
  t0 = performance.now();
  const list = await store.listCases({
    countyId: 'c1',
    withinAreas: ['t3'],
    status: 'active',
    sort: 'due',
    limit: 20,
  });
  const listMs = performance.now() - t0;
  t0 = performance.now();
  await store.close();
  const closeMs = performance.now() - t0;
  const snapshot = (await stat(join(dir, 'snapshot.jsonl'))).size / 2 ** 20;
  const journal = (await stat(join(dir, 'journal', '00000001.jsonl'))).size / 2 ** 20;
  console.log(
    JSON.stringify({
      cases: total,
      seedMs: Math.round(seedMs),
      commitAt1k: at1k,
      commitAtFull: atFull,
      tenWritersPerSec: Math.round(tenWriters),
      listTownshipMs: +listMs.toFixed(1),
      listTotal: list.total,
      closeWithSnapshotMs: Math.round(closeMs),
      snapshotMiB: +snapshot.toFixed(1),
      firstSegmentMiB: +journal.toFixed(1),
    }),
  );
  const script = fileURLToPath(import.meta.url);
  console.log(
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, 'open', dir], {
      encoding: 'utf8',
    }).trim(),
  );
  if (process.env.KEEP_BENCH_DIR) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
