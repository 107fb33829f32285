import { load } from './load';
import { startServer } from './startServer';

for (const kind of ['hono', 'memory', 'lowdb'] as const) {
  const s = await startServer(kind, 20);
  try {
    console.log(kind, await load(s, { seconds: 2, connections: 10 }));
  } finally {
    await s.stop();
  }
}
