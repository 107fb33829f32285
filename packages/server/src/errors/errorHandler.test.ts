import { gridcaseError } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../store';
import type { CaseStore } from '../store/types';
import { createHarness } from '../testing/harness';

/** A real memory store whose `listCases` fails the way `failure` says. */
function failingStore(failure: () => never): CaseStore {
  const store = createMemoryStore();
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'listCases') return async () => failure();
      return Reflect.get(target, key, receiver);
    },
  });
}

describe('errors at the edge', () => {
  it('turns an unexpected exception into internal.unexpected with a request id, no stack, logged', async () => {
    const logged: unknown[] = [];
    const h = await createHarness({
      store: failingStore(() => {
        throw new TypeError('secret internals at /srv/db.js:42');
      }),
      logger: { info() {}, warn() {}, error: (...args: unknown[]) => logged.push(args) },
    });
    const res = await h.request('/cases', { as: 'admin' });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.code).toBe('internal.unexpected');
    expect(body.details.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toContain('secret internals');
    expect(body.stack).toBeUndefined();
    expect(logged).toHaveLength(1);
  });

  it('passes a store’s catalog error through with its status: store.writeFailed is 503', async () => {
    const h = await createHarness({
      store: failingStore(() => {
        throw gridcaseError('store.writeFailed');
      }),
    });
    const res = await h.request('/cases', { as: 'admin' });
    expect([res.status, (await res.json()).code]).toEqual([503, 'store.writeFailed']);
  });

  it('answers a client-chosen case id that exists with case.exists', async () => {
    const h = await createHarness();
    await h.publish();
    const open = (key: string) =>
      h.request('/cases', {
        method: 'POST',
        as: 'grid-e1a',
        headers: { 'idempotency-key': key },
        json: {
          definitionId: 'test-dispute',
          areaId: 'grid-e1a',
          id: 'offline-0001',
          data: { title: '离线登记' },
        },
      });
    expect((await open('offline-key-1')).status).toBe(201);
    const again = await open('offline-key-2');
    expect([again.status, (await again.json()).code]).toEqual([409, 'case.exists']);
  });
});
