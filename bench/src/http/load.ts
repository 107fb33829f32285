import autocannon from 'autocannon';
import type { BenchServer } from './startServer';

/** One bounded load run against a bench server. */
export interface LoadResult {
  /** 2xx responses per second. */
  okPerSecond: number;
  p50: number;
  p99: number;
  /** Non-2xx responses and connection errors. */
  failed: number;
  /** Server CPU per 2xx response, microseconds. */
  cpuUsPerRequest: number;
}

const BODY = {
  type: 'note',
  data: { note: '已电话回访，双方情绪平稳，约定周五上午到村委会继续调解。' },
};

/**
 * Runs autocannon for `seconds` with `connections` connections (pipelining 1) against a server
 * on 127.0.0.1 (anything else is refused). Gridcase servers get `note` command POSTs spread
 * round robin over their cases, each with its own idempotency key; the bare Hono server gets
 * the same JSON body on `POST /json`.
 *
 * @example
 * ```ts
 * const { okPerSecond, p99 } = await load(server, { seconds: 5, connections: 10 });
 * ```
 */
export async function load(
  server: BenchServer,
  { seconds, connections }: { seconds: number; connections: number },
): Promise<LoadResult> {
  if (new URL(server.url).hostname !== '127.0.0.1') throw new Error('load runs on 127.0.0.1 only');
  let n = 0;
  const body = JSON.stringify(BODY);
  const request: autocannon.Request =
    server.kind === 'hono'
      ? { method: 'POST', path: '/json', headers: { 'content-type': 'application/json' }, body }
      : {
          method: 'POST',
          setupRequest: (req) => {
            const i = n++;
            return {
              ...req,
              path: `/cases/${server.caseIds[i % server.caseIds.length]}/commands`,
              headers: {
                authorization: `Bearer ${server.token}`,
                'content-type': 'application/json',
                'idempotency-key': `bench-${process.pid}-${i}`,
              },
              body,
            };
          },
        };
  const cpu0 = await server.cpuMicros();
  const result = await autocannon({
    url: server.url,
    connections,
    pipelining: 1,
    duration: seconds,
    requests: [request],
  });
  const cpu = (await server.cpuMicros()) - cpu0;
  const ok = result['2xx'];
  return {
    okPerSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors,
    cpuUsPerRequest: ok ? cpu / ok : 0,
  };
}
