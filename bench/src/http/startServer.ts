import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./httpServer.ts', import.meta.url));

/** A bench server in its own process; `stop()` ends it by its pid. */
export interface BenchServer {
  kind: string;
  pid: number;
  url: string;
  caseIds: string[];
  token: string;
  /** Server CPU time used so far, microseconds (from /proc, Linux; 0 elsewhere). */
  cpuMicros(): Promise<number>;
  stop(): Promise<void>;
}

async function procCpuMicros(pid: number): Promise<number> {
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ') ?? [];
    // fields 14 and 15 (utime, stime), in clock ticks (100 per second on Linux)
    return (Number(stat[11]) + Number(stat[12])) * 10_000;
  } catch {
    return 0;
  }
}

/**
 * Starts `httpServer.ts <kind>` through tsx and resolves once it listens on 127.0.0.1.
 *
 * @example
 * ```ts
 * const server = await startServer('memory');
 * // ... autocannon against `${server.url}/cases/${server.caseIds[0]}/commands` ...
 * await server.stop();
 * ```
 */
export async function startServer(
  kind: 'lowdb' | 'memory' | 'hono',
  cases = 100,
  /** Extra Node options for the server, e.g. `['--cpu-prof']` to profile it. */
  nodeOptions: string[] = [],
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [...nodeOptions, '--import', 'tsx', SERVER, kind, String(cases)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    void exited.then(() => reject(new Error(`bench server ${kind} exited:\n${stderr}`)));
  });
  const { port, caseIds, token } = JSON.parse(first) as {
    port: number;
    caseIds: string[];
    token: string;
  };
  const pid = child.pid as number;
  return {
    kind,
    pid,
    url: `http://127.0.0.1:${port}`,
    caseIds,
    token,
    cpuMicros: () => procCpuMicros(pid),
    async stop() {
      if (child.exitCode !== null) return;
      const kill = setTimeout(() => process.kill(pid, 'SIGKILL'), 5000);
      process.kill(pid, 'SIGTERM');
      await exited;
      clearTimeout(kill);
    },
  };
}
