/**
 * Test harness: a real gridcase Hono app on a real store, a manual clock, JWT auth with a test
 * secret and the demo county seeded. Tests call `request()` as a named demo user.
 */

import type { WorkflowDefinition } from '@gridcase/engine';
import { createGridcaseApp, type GridcaseApp } from '../app/createGridcaseApp';
import { createJwtAuth } from '../auth/jwtAuth';
import type { AuthProvider } from '../auth/types';
import { createManualClock, type ManualClock } from '../clock';
import { installDefinition } from '../definitions/installDefinition';
import { DEMO_COUNTY_ID, demoCounty } from '../seed/demoCounty';
import { createMemoryStore } from '../store/memory';
import type { CaseStore, DefinitionVersion, User } from '../store/types';
import type { GridcaseOptions } from '../types';
import { fixtureDefinition } from './fixtureDefinition';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';
export const TEST_ISSUER = 'https://idp.test';
export const TEST_AUDIENCE = 'gridcase-test';

export interface Harness {
  app: GridcaseApp;
  store: CaseStore;
  clock: ManualClock;
  auth: AuthProvider;
  users: User[];
  tokenFor(userId: string): Promise<string>;
  /** `app.request` as a demo user (by id), JSON bodies encoded. */
  request(path: string, init?: HarnessInit): Promise<Response>;
  /** Publishes a definition straight into the store (default: the fixture dispute flow). */
  publish(definition?: WorkflowDefinition): Promise<DefinitionVersion>;
  /** Opens a case through the API as `as` (default grid-e1a in grid-e1a); returns the view. */
  open(options?: {
    as?: string;
    areaId?: string;
    data?: Record<string, unknown>;
    definitionId?: string;
  }): Promise<OpenedCase>;
  /** Runs a command through the API with a fresh idempotency key; returns the response. */
  command(
    caseId: string,
    as: string,
    type: string,
    extra?: { data?: Record<string, unknown>; reason?: string },
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface OpenedCase {
  id: string;
  version: number;
  body: Record<string, unknown>;
}

export interface HarnessInit extends Omit<RequestInit, 'body'> {
  as?: string;
  json?: unknown;
  body?: BodyInit;
}

const silent = { info() {}, warn() {}, error() {} };

export async function createHarness(
  options: Partial<Omit<GridcaseOptions, 'store' | 'auth' | 'clock'>> & {
    store?: CaseStore;
    clock?: ManualClock;
  } = {},
): Promise<Harness> {
  const clock = options.clock ?? createManualClock('2026-03-02T01:00:00.000Z');
  const store = options.store ?? createMemoryStore();
  await store.open();
  const { county, users } = demoCounty(clock.now().toISOString());
  if (!(await store.getCounty(county.id))) {
    await store.putCounty(county);
    for (const user of users) await store.putUser(user);
  }
  const auth = createJwtAuth({
    algorithm: 'HS256',
    secret: TEST_SECRET,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    clock,
  });
  const { store: _s, clock: _c, ...rest } = options;
  const app = createGridcaseApp({ logger: silent, ...rest, store, auth, clock });
  const tokens = new Map<string, string>();

  async function tokenFor(userId: string): Promise<string> {
    const user = (await store.getUser(userId)) ?? users.find((u) => u.id === userId);
    if (!user) throw new Error(`no demo user ${userId}`);
    const key = `${userId}@${clock.now().getTime()}`;
    const cached = tokens.get(key);
    if (cached) return cached;
    const { token } = await auth.issue!(user);
    tokens.set(key, token);
    return token;
  }

  const harness: Harness = {
    app,
    store,
    clock,
    auth,
    users,
    tokenFor,
    async request(path, init = {}) {
      const { as, json, headers, ...rest } = init;
      const h = new Headers(headers);
      if (as) h.set('authorization', `Bearer ${await tokenFor(as)}`);
      if (json !== undefined) h.set('content-type', 'application/json');
      return app.request(path, {
        ...rest,
        headers: h,
        body: json !== undefined ? JSON.stringify(json) : rest.body,
      });
    },
    async publish(definition = fixtureDefinition) {
      return installDefinition(store, DEMO_COUNTY_ID, definition, {
        by: 'admin',
        at: clock.now().toISOString(),
      });
    },
    async open({
      as = 'grid-e1a',
      areaId = 'grid-e1a',
      data,
      definitionId = fixtureDefinition.id,
    } = {}) {
      const res = await harness.request('/cases', {
        method: 'POST',
        as,
        headers: { 'idempotency-key': `open-${crypto.randomUUID()}` },
        json: { definitionId, areaId, data: data ?? { title: '邻里纠纷' } },
      });
      const body = (await res.json()) as Record<string, unknown> & {
        case?: { id: string; version: number };
      };
      if (res.status !== 201 || !body.case)
        throw new Error(`open failed: ${res.status} ${JSON.stringify(body)}`);
      return { id: body.case.id, version: body.case.version, body };
    },
    async command(caseId, as, type, extra = {}) {
      return harness.request(`/cases/${caseId}/commands`, {
        method: 'POST',
        as,
        headers: { 'idempotency-key': `cmd-${crypto.randomUUID()}` },
        json: { type, ...extra },
      });
    },
    async close() {
      await store.close();
    },
  };
  return harness;
}
