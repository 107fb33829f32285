import { load } from './load';
import { startServer } from './startServer';

const s = await startServer((process.argv[2] ?? 'memory') as 'memory', 100);
await load(s, { seconds: 1, connections: 10 });
for (let i = 0; i < 3; i++) {
  const r = await load(s, { seconds: 3, connections: 10 });
  console.log(Math.round(r.okPerSecond), r.p99, Math.round(r.cpuUsPerRequest));
}
await s.stop();
