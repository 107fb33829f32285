import { randomBytes } from 'node:crypto';
import { gridcaseError } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import { Id, Obj, OpenObj } from '../routes/schemas';
import type { WebhookSubscription } from '../store/types';

const EVENTS = ['case.created', 'case.updated', '*'] as const;

const WebhookSchema = OpenObj({
  id: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  createdAt: Type.String(),
  secret: Type.Optional(
    Type.String({ description: 'Returned once, when the subscription is created' }),
  ),
});

const withoutSecret = ({ secret: _secret, ...rest }: WebhookSubscription) => rest;

function checkUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw gridcaseError('webhook.urlInvalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw gridcaseError('webhook.urlInvalid');
  if (url.username || url.password) throw gridcaseError('webhook.urlInvalid');
  return url.toString();
}

/**
 * Webhook subscriptions of the caller's county (county admin only). The HMAC secret is shown
 * once, on creation. Creating and deleting are audited.
 *
 * @example
 * ```ts
 * registerRoutes(app, webhookRoutes(services), services);
 * ```
 */
export function webhookRoutes(services: Services): Route[] {
  const now = () => services.clock.now().toISOString();
  return [
    defineRoute({
      method: 'get',
      path: '/webhooks',
      operationId: 'listWebhooks',
      summary: 'Webhook subscriptions of the county (secrets not shown)',
      tags: ['webhooks'],
      admin: true,
      responses: { 200: { description: 'Subscriptions', schema: Type.Array(WebhookSchema) } },
      handler: async (c, { session }) =>
        c.json((await services.store.listWebhooks(session.county.id)).map(withoutSecret)),
    }),
    defineRoute({
      method: 'post',
      path: '/webhooks',
      operationId: 'createWebhook',
      summary: 'Subscribe a URL to case events; deliveries are signed with the returned secret',
      tags: ['webhooks'],
      admin: true,
      body: Obj({
        url: Type.String({ minLength: 8, maxLength: 2000 }),
        events: Type.Array(Type.Union(EVENTS.map((e) => Type.Literal(e))), {
          minItems: 1,
          maxItems: 3,
        }),
        secret: Type.Optional(Type.String({ minLength: 32, maxLength: 256 })),
      }),
      responses: {
        201: { description: 'The subscription, with its secret', schema: WebhookSchema },
      },
      handler: async (c, { body, session }) => {
        const sub: WebhookSubscription = {
          id: `wh_${randomBytes(12).toString('hex')}`,
          countyId: session.county.id,
          url: checkUrl(body.url),
          secret: body.secret ?? randomBytes(32).toString('hex'),
          events: [...new Set(body.events)],
          createdAt: now(),
        };
        await services.store.putWebhook(sub);
        await services.store.appendAudit([
          {
            at: sub.createdAt,
            countyId: sub.countyId,
            actor: { userId: session.user.id },
            action: 'webhook.create',
            detail: { webhookId: sub.id, url: sub.url, events: sub.events },
          },
        ]);
        return c.json(sub, 201);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/webhooks/:id',
      operationId: 'deleteWebhook',
      summary: 'Remove a subscription (undelivered rows for it are dropped)',
      tags: ['webhooks'],
      admin: true,
      params: Obj({ id: Id }),
      responses: { 204: { description: 'Removed' } },
      handler: async (c, { params, session }) => {
        const exists = (await services.store.listWebhooks(session.county.id)).some(
          (s) => s.id === params.id,
        );
        if (!exists) throw gridcaseError('webhook.notFound');
        await services.store.deleteWebhook(session.county.id, params.id);
        await services.store.appendAudit([
          {
            at: now(),
            countyId: session.county.id,
            actor: { userId: session.user.id },
            action: 'webhook.delete',
            detail: { webhookId: params.id },
          },
        ]);
        return c.body(null, 204);
      },
    }),
  ];
}
