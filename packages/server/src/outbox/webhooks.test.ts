import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../testing/harness';
import { verifyWebhook } from './signature';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real HTTP receiver on 127.0.0.1 that answers with the next status from `statuses`. */
async function receiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses.shift() ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function subscribed(statuses?: number[]) {
  const h = await createHarness({ webhooks: { backoffMs: 1000, maxAttempts: 3 } });
  await h.publish();
  const hook = await receiver(statuses);
  const res = await h.request('/webhooks', {
    method: 'POST',
    as: 'admin',
    json: { url: hook.url, events: ['case.created', 'case.updated'] },
  });
  expect(res.status).toBe(201);
  const sub = await res.json();
  return { h, hook, sub };
}

describe('webhooks through the outbox', () => {
  it('writes webhook rows in the same commit and delivers them signed to a real receiver', async () => {
    const { h, hook, sub } = await subscribed();
    const { id } = await h.open();
    await h.command(id, 'police-e1', 'assign');
    expect(await h.app.gridcase.dispatcher.runDue()).toBe(2);
    expect(hook.received).toHaveLength(2);
    const [created, updated] = hook.received;
    const body = JSON.parse(created!.body);
    expect(body).toMatchObject({
      event: 'case.created',
      id: `${id}:1:webhook:${sub.id}`,
      data: { caseId: id, version: 1 },
    });
    expect(created!.headers['x-gridcase-event']).toBe('case.created');
    expect(created!.headers['x-gridcase-delivery']).toBe(body.id);
    const now = h.clock.now().getTime() / 1000;
    expect(
      verifyWebhook(
        sub.secret,
        created!.body,
        created!.headers['x-gridcase-signature'] as string,
        now,
      ),
    ).toBe(true);
    expect(
      verifyWebhook(
        'wrong-secret',
        created!.body,
        created!.headers['x-gridcase-signature'] as string,
        now,
      ),
    ).toBe(false);
    expect(JSON.parse(updated!.body).data).toMatchObject({
      action: 'assign',
      stages: ['test-dispute.mediation'],
    });
    expect(JSON.stringify(hook.received)).not.toMatch(/1[3-9]\d{9}/);
    expect(await h.app.gridcase.dispatcher.runDue()).toBe(0);
  });

  it('retries a failing receiver with backoff and gives up after maxAttempts', async () => {
    const { h, hook } = await subscribed([500, 503, 500]);
    await h.open();
    const { dispatcher } = h.app.gridcase;
    expect(await dispatcher.runDue()).toBe(0);
    expect(await dispatcher.runDue()).toBe(0); // not due again yet
    expect(hook.received).toHaveLength(1);
    h.clock.advance(1000);
    expect(await dispatcher.runDue()).toBe(0);
    expect(hook.received).toHaveLength(2);
    h.clock.advance(1999);
    expect(await dispatcher.runDue()).toBe(0);
    expect(hook.received).toHaveLength(2); // backoff doubled to 2 s
    h.clock.advance(1);
    await dispatcher.runDue();
    expect(hook.received).toHaveLength(3);
    h.clock.advance(3_600_000);
    await dispatcher.runDue();
    expect(hook.received).toHaveLength(3); // gave up
  });

  it('delivers after a receiver recovers, with the same delivery id', async () => {
    const { h, hook } = await subscribed([500]);
    await h.open();
    await h.app.gridcase.dispatcher.runDue();
    h.clock.advance(1000);
    expect(await h.app.gridcase.dispatcher.runDue()).toBe(1);
    expect(hook.received.map((r) => r.headers['x-gridcase-delivery'])).toEqual([
      hook.received[0]!.headers['x-gridcase-delivery'],
      hook.received[0]!.headers['x-gridcase-delivery'],
    ]);
  });

  it('keeps subscriptions to the county admin and hides secrets when listing', async () => {
    const { h, sub } = await subscribed();
    const denied = await h.request('/webhooks', { as: 'lead-east' });
    expect([denied.status, (await denied.json()).code]).toEqual([403, 'auth.forbidden']);
    const list = await (await h.request('/webhooks', { as: 'admin' })).json();
    expect(list).toEqual([expect.not.objectContaining({ secret: expect.anything() })]);
    const bad = await h.request('/webhooks', {
      method: 'POST',
      as: 'admin',
      json: { url: 'ftp://x.example/hook', events: ['*'] },
    });
    expect([bad.status, (await bad.json()).code]).toEqual([400, 'webhook.urlInvalid']);
    expect((await h.request(`/webhooks/${sub.id}`, { method: 'DELETE', as: 'admin' })).status).toBe(
      204,
    );
    const gone = await h.request(`/webhooks/${sub.id}`, { method: 'DELETE', as: 'admin' });
    expect([gone.status, (await gone.json()).code]).toEqual([404, 'webhook.notFound']);
    const actions = (await h.store.readAudit()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['webhook.create', 'webhook.delete']));
  });
});
