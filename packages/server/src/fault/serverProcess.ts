/**
 * The fault suite's server process: the real `gridcase serve` command (bin/gridcase.mjs) on a
 * lowdb data directory, in its own Node process, so a test can `kill -9` it, start a second
 * one beside it, or restart it on the same files. The data directory is prepared in-process
 * first (demo county, the fixture workflow, cases) through the same harness the other tests use.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { createJwtAuth } from '../auth/jwtAuth';
import { createManualClock } from '../clock';
import { demoCounty } from '../seed/demoCounty';
import { createLowdbStore } from '../store';
import type { User } from '../store/types';
import { createHarness, TEST_AUDIENCE, TEST_ISSUER, TEST_SECRET } from '../testing/harness';

const BIN = fileURLToPath(new URL('../../bin/gridcase.mjs', import.meta.url));
const SERVER_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The environment a fault-suite server runs with: the harness's JWT settings, English output. */
const serverEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: '',
  GRIDCASE_DEV_MODE: '',
  GRIDCASE_LANG: 'en',
  GRIDCASE_JWT_SECRET: TEST_SECRET,
  GRIDCASE_JWT_ISSUER: TEST_ISSUER,
  GRIDCASE_JWT_AUDIENCE: TEST_AUDIENCE,
});

/** A spawned `gridcase serve` process. */
export interface ServerProcess {
  process: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (`null` when a signal ended it) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** `kill -9`, then waits for the exit. */
  kill(): Promise<void>;
}

/** A server that said it is listening. */
export interface ListeningServer extends ServerProcess {
  /** The API's root, e.g. `http://127.0.0.1:41234/api`. */
  url: string;
}

const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

/**
 * Spawns `gridcase serve --data <dir> --port 0` and returns at once (see
 * {@link startServer} to wait until it listens). Every process is killed after the test.
 *
 * @example
 * ```ts
 * const second = spawnServer(dir);
 * expect((await second.exited).code).toBe(2);
 * ```
 */
export function spawnServer(dir: string): ServerProcess {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--port', '0'], {
    cwd: SERVER_ROOT,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return {
    process: child,
    output: () => output,
    exited,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Starts `gridcase serve` on `dir` and resolves once it listens, with its URL; fails with
 * the process's output when it exits first or stays silent for `timeoutMs`.
 *
 * @example
 * ```ts
 * const server = await startServer(dir);
 * await fetch(`${server.url}/cases`, { headers: await bearer('police-e1') });
 * await server.kill();
 * ```
 */
export async function startServer(dir: string, timeoutMs = 60_000): Promise<ListeningServer> {
  const server = spawnServer(dir);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start: ${server.output()}`)), timeoutMs);
    const look = () => {
      const match = /listening at (\S+)/.exec(server.output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    server.process.stdout?.on('data', look);
    void server.exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code ?? signal}) before listening: ${server.output()}`));
    });
  });
  return { ...server, url };
}

/**
 * A fresh temp data directory per call, removed after the test.
 *
 * @example
 * ```ts
 * const dirs = useDataDirs();
 * const dir = await dirs.make();
 * ```
 */
export function useDataDirs() {
  const made: string[] = [];
  afterEach(async () => {
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  return {
    async make(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'gridcase-fault-'));
      made.push(dir);
      return dir;
    },
  };
}

/**
 * `n` community police officers of com-e1 (`officer-0`, `officer-1`, ...): they may add notes
 * to the grid-e1a cases. Clients spread their commands over them, as many officers would;
 * one user's burst stays inside the per-user request limit (300).
 *
 * @example
 * ```ts
 * officers(20).map((u) => u.id); // ['officer-0', ..., 'officer-19']
 * ```
 */
export function officers(n: number): User[] {
  const police = demoCounty(new Date(0).toISOString()).users.find((u) => u.id === 'police-e1')!;
  return Array.from({ length: n }, (_, i) => ({
    ...police,
    id: `officer-${i}`,
    username: `officer-${i}`,
    name: `民警${i}`,
  }));
}

/**
 * Prepares a lowdb data directory in-process: the demo county and its users plus `extraUsers`,
 * the fixture workflow published and `cases` cases opened in grid-e1a (triage, where
 * `police-e1` may add notes). The clock is the wall clock's now, so their deadlines lie days
 * ahead of the test. Returns the case ids.
 *
 * @example
 * ```ts
 * const caseIds = await prepareDataDir(dir, 50, officers(20));
 * ```
 */
export async function prepareDataDir(
  dir: string,
  cases: number,
  extraUsers: User[] = [],
): Promise<string[]> {
  const h = await createHarness({
    store: createLowdbStore({ dir, onWarning: () => undefined }),
    clock: createManualClock(new Date()),
  });
  try {
    for (const user of extraUsers) await h.store.putUser(user);
    await h.publish();
    const ids: string[] = [];
    for (let i = 0; i < cases; i += 1) {
      h.clock.advance(20); // one request token back (50/s): many opens stay inside the limit
      ids.push((await h.open()).id);
    }
    return ids;
  } finally {
    await h.close();
  }
}

/**
 * Bearer headers for demo users (and `extraUsers`) that a fault-suite server accepts: same
 * secret, issuer and audience, wall-clock expiry. Tokens are cached per user.
 *
 * @example
 * ```ts
 * const auth = serverTokens();
 * await fetch(url, { headers: await auth.headers('police-e1') });
 * ```
 */
export function serverTokens(extraUsers: User[] = []) {
  const auth = createJwtAuth({
    algorithm: 'HS256',
    secret: TEST_SECRET,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
  });
  const users = [...demoCounty(new Date().toISOString()).users, ...extraUsers];
  const tokens = new Map<string, Promise<string>>();
  return {
    async headers(userId: string): Promise<Record<string, string>> {
      let token = tokens.get(userId);
      if (!token) {
        const user = users.find((u) => u.id === userId);
        if (!user) throw new Error(`no user ${userId}`);
        token = auth.issue!(user).then((issued) => issued.token);
        tokens.set(userId, token);
      }
      return { authorization: `Bearer ${await token}` };
    },
  };
}

/** One note command as a client sends it. */
export interface NoteCommand {
  userId: string;
  caseId: string;
  /** The `Idempotency-Key`: the same key re-sent is the same command. */
  key: string;
  note: string;
}

/**
 * Sends a `note` command over HTTP as `command.userId` with its idempotency key.
 *
 * @example
 * ```ts
 * const res = await sendNote(server.url, auth, { userId: 'police-e1', caseId, key: 'note-0001', note: 'hi' });
 * ```
 */
export async function sendNote(
  url: string,
  auth: ReturnType<typeof serverTokens>,
  command: NoteCommand,
): Promise<Response> {
  return fetch(`${url}/cases/${command.caseId}/commands`, {
    method: 'POST',
    headers: {
      ...(await auth.headers(command.userId)),
      'content-type': 'application/json',
      'idempotency-key': command.key,
    },
    body: JSON.stringify({ type: 'note', data: { note: command.note } }),
  });
}
