import { load } from './load';
import { startServer } from './startServer';

const kind = (process.argv[2] ?? 'memory') as 'memory';
const s = await startServer(kind, 20, ['--cpu-prof', '--cpu-prof-dir=/tmp/prof-http']);
await load(s, { seconds: 1, connections: 10 });
console.log(await load(s, { seconds: 5, connections: 10 }));
await s.stop();
