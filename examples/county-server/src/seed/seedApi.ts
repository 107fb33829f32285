import {
  type AuthProvider,
  type CaseStore,
  createGridcaseApp,
  type GridcaseApp,
  type ManualClock,
} from '@gridcase/server';

/** The seed's way in: the real HTTP API, in-process, as any user, at the seed clock's time. */
export interface SeedApi {
  app: GridcaseApp;
  /** Sends a JSON request as `userId` and returns the parsed body; throws on a non-2xx answer. */
  call<T = Record<string, unknown>>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T>;
}

const quiet = { info() {}, warn() {}, error() {} };
const unlimited = { capacity: 1e9, perSecond: 1e9 };

/**
 * The seed's own sign-in, plugged in like any host's: a random bearer token per user, known
 * only to this process (no signing, so thousands of seed requests cost no crypto).
 */
function seedAuth(): AuthProvider & { tokenFor(userId: string): string } {
  const users = new Map<string, string>();
  const tokens = new Map<string, string>();
  return {
    async authenticate(request) {
      const token = request.headers.get('authorization')?.replace(/^Bearer /, '');
      const userId = token && users.get(token);
      return userId ? { userId } : null;
    },
    tokenFor(userId) {
      let token = tokens.get(userId);
      if (!token) {
        token = crypto.randomUUID();
        tokens.set(userId, token);
        users.set(token, userId);
      }
      return token;
    },
  };
}

/**
 * A gridcase app over `store` whose clock is the seed's, so every case, history entry, deadline
 * and audit entry carries the moment the story says.
 *
 * @example
 * ```ts
 * const api = createSeedApi(store, clock);
 * await api.call('fy-grid-cd1', 'POST', '/cases', { definitionId, areaId, data });
 * ```
 */
export function createSeedApi(store: CaseStore, clock: ManualClock): SeedApi {
  const auth = seedAuth();
  const app = createGridcaseApp({
    store,
    auth,
    clock,
    logger: quiet,
    limits: { requests: unlimited, reveals: unlimited, exports: unlimited },
  });
  return {
    app,
    async call(userId, method, path, body) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${auth.tokenFor(userId)}`,
        'idempotency-key': `seed-${crypto.randomUUID()}`,
      };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await app.request(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`seed: ${method} ${path} as ${userId}: ${res.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as never;
    },
  };
}
