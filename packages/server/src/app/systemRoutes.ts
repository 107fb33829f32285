import { gridcaseError } from '@gridcase/engine';
import { Scalar } from '@scalar/hono-api-reference';
import { Type } from '@sinclair/typebox';
import pkg from '../../package.json' with { type: 'json' };
import { buildOpenApi, type OpenApiDocument } from '../openapi/buildOpenApi';
import { referencePage } from '../openapi/referencePage';
import { defineRoute, type Route } from '../routes/defineRoute';
import { CountySchema, Obj, OpenObj, UserSchema } from '../routes/schemas';
import type { User } from '../store/types';
import type { Services } from './services';

/**
 * The public part of a user (never a secret; the store holds none anyway).
 *
 * @example
 * ```ts
 * c.json({ user: publicUser(session.user) });
 * ```
 */
export function publicUser(user: User) {
  const { id, countyId, name, username, roles, agencies } = user;
  return { id, countyId, name, username, roles, agencies };
}

const mountPrefix = (path: string, suffix: string) => path.slice(0, path.length - suffix.length);

/**
 * Health, the caller's profile, the development sign-in, and the API's own description.
 * `routesForDoc` returns the whole table so `/openapi.json` documents every route.
 *
 * @example
 * ```ts
 * const routes = [...systemRoutes(services, () => routes), ...caseRoutes(services)];
 * ```
 */
export function systemRoutes(services: Services, routesForDoc: () => Route[]): Route[] {
  let cached: OpenApiDocument | undefined;
  const doc = (serverUrl: string) => {
    cached ??= buildOpenApi(routesForDoc(), { version: pkg.version });
    return { ...cached, servers: [{ url: serverUrl || '/' }] };
  };

  const routes: Route[] = [
    defineRoute({
      method: 'get',
      path: '/health',
      operationId: 'health',
      summary: 'Liveness: the app answers',
      tags: ['system'],
      auth: false,
      responses: {
        200: { description: 'Up', schema: OpenObj({ ok: Type.Boolean(), version: Type.String() }) },
      },
      handler: (c) => c.json({ ok: true, version: pkg.version }),
    }),
    defineRoute({
      method: 'get',
      path: '/me',
      operationId: 'me',
      summary: 'The signed-in user and their county (areas, agencies, roles, calendar)',
      tags: ['system'],
      responses: {
        200: {
          description: 'Profile',
          schema: OpenObj({ user: UserSchema, county: CountySchema, isAdmin: Type.Boolean() }),
        },
      },
      handler: (c, { session }) =>
        c.json({
          user: publicUser(session.user),
          county: session.county,
          isAdmin: session.isAdmin,
        }),
    }),
    defineRoute({
      method: 'get',
      path: '/openapi.json',
      operationId: 'openapi',
      summary: 'This API as OpenAPI 3.1, generated from the route table',
      tags: ['system'],
      auth: false,
      responses: {
        200: {
          description: 'OpenAPI document',
          schema: Type.Record(Type.String(), Type.Unknown()),
        },
      },
      handler: (c) => c.json(doc(mountPrefix(c.req.path, '/openapi.json'))),
    }),
    defineRoute({
      method: 'get',
      path: '/reference',
      operationId: 'reference',
      summary: 'Browsable API reference (self-contained HTML, works offline)',
      tags: ['system'],
      auth: false,
      responses: { 200: { description: 'HTML page', contentType: 'text/html' } },
      handler: (c) => {
        c.header(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        );
        const prefix = mountPrefix(c.req.path, '/reference');
        return c.html(referencePage(doc(prefix), c.get('locale'), 'reference/interactive'));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/docs',
      operationId: 'docs',
      summary: 'Redirects to the API reference',
      tags: ['system'],
      auth: false,
      responses: { 302: { description: 'To `reference`' } },
      handler: (c) => c.redirect('reference', 302),
    }),
    defineRoute({
      method: 'get',
      path: '/reference/interactive',
      operationId: 'referenceInteractive',
      summary: 'Interactive Scalar API reference (loads its script from a CDN)',
      tags: ['system'],
      auth: false,
      responses: { 200: { description: 'HTML page', contentType: 'text/html' } },
      handler: async (c) => {
        c.header(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com; font-src 'self' data: https://fonts.scalar.com; img-src 'self' data:; connect-src 'self'",
        );
        const prefix = mountPrefix(c.req.path, '/reference/interactive');
        const render = Scalar({ url: `${prefix}/openapi.json`, pageTitle: 'gridcase API' });
        return (await render(
          c as unknown as Parameters<typeof render>[0],
          async () => {},
        )) as Response;
      },
    }),
  ];

  if (services.devMode) {
    routes.push(
      defineRoute({
        method: 'post',
        path: '/auth/dev-login',
        operationId: 'devLogin',
        summary: 'DEVELOPMENT MODE ONLY: a token for a demo user by username',
        description: 'Registered only when the app runs with `devMode: true`; 404 otherwise.',
        tags: ['system'],
        auth: false,
        body: Obj({
          username: Type.String({ minLength: 1, maxLength: 64 }),
          countyId: Type.Optional(Type.String({ maxLength: 128 })),
        }),
        responses: {
          200: {
            description: 'A token',
            schema: OpenObj({ token: Type.String(), expiresAt: Type.String(), user: UserSchema }),
          },
        },
        handler: async (c, { body }) => {
          const taken = services.limiters.requests.take(`dev-login:${body.username}`);
          if (!taken.ok)
            throw gridcaseError('rate.limited', { retryAfter: taken.retryAfterSeconds });
          const counties = body.countyId
            ? [{ id: body.countyId }]
            : await services.store.listCounties();
          for (const county of counties) {
            const user = (await services.store.listUsers(county.id)).find(
              (u) => u.username === body.username,
            );
            if (!user) continue;
            if (user.disabled) throw gridcaseError('auth.userDisabled');
            if (!services.auth.issue) throw new Error('The auth provider cannot issue tokens');
            const issued = await services.auth.issue(user);
            return c.json({ ...issued, user: publicUser(user) });
          }
          throw gridcaseError('auth.userUnknown');
        },
      }),
    );
  }
  return routes;
}
