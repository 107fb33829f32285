import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage } from './serverProcess';

const SERVER_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));

/** A running server process and how to drive it. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Sends a message and resolves with the child's answer of `replyType`. */
  ask<T extends ChildMessage['type']>(
    message: ParentMessage,
    replyType: T,
  ): Promise<Extract<ChildMessage, { type: T }>>;
  /** Stops it (gracefully, else SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** What it wrote to stderr. */
  errors(): string;
}

/**
 * Starts `serverProcess.ts` (the real gridcase app on a PostgreSQL store) in its own Node
 * process through tsx, and resolves once it listens.
 *
 * @example
 * ```ts
 * const server = await startServerProcess(databaseUrl, '2026-03-02T01:00:00.000Z');
 * await fetch(`${server.url}/cases`, { headers });
 * await server.stop();
 * ```
 */
export async function startServerProcess(databaseUrl: string, now: string): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    cwd: SERVER_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, GRIDCASE_NOW: now },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiting = new Map<string, Array<(message: ChildMessage) => void>>();
  child.on('message', (message: ChildMessage) => waiting.get(message.type)?.shift()?.(message));
  const next = <T extends ChildMessage['type']>(type: T) =>
    new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
      const list = waiting.get(type) ?? [];
      list.push((message) => resolve(message as Extract<ChildMessage, { type: T }>));
      waiting.set(type, list);
      void exited.then(() => reject(new Error(`server process exited:\n${stderr}`)));
    });
  const { port } = await next('listening');
  return {
    url: `http://127.0.0.1:${port}`,
    ask(message, replyType) {
      const reply = next(replyType);
      child.send(message);
      return reply;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.send({ type: 'stop' } satisfies ParentMessage);
      await exited;
      clearTimeout(kill);
    },
    errors: () => stderr,
  };
}
