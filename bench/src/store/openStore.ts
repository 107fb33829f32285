// Run by the store section in a fresh process: opens the lowdb store in `argv[2]`, lists one
// grid's page, and prints what start-up cost as one JSON line (then closes without a snapshot).
//   node --expose-gc --import tsx bench/src/store/openStore.ts <dir>
import { createLowdbStore } from '@gridcase/server';

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const store = createLowdbStore({ dir: process.argv[2] as string, checkpointOnClose: false });
await store.open();
const openMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const page = await store.listCases({ countyId: 'c1', withinAreas: ['g7'], sort: 'due', limit: 20 });
global.gc?.();
const { rss, heapUsed } = process.memoryUsage();
console.log(
  JSON.stringify({
    openMs: Math.round(openMs),
    openCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    rssMiB: Math.round(rss / 2 ** 20),
    heapMiB: Math.round(heapUsed / 2 ** 20),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    gridPage: page.total,
  }),
);
await store.close();
