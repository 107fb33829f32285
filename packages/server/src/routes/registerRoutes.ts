import { gridcaseError } from '@gridcase/engine';
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Services } from '../app/services';
import { loadSession } from '../auth/loadSession';
import { parseJsonSafely } from '../http/jsonGuard';
import type { GridcaseEnv, Session } from '../types';
import type { Route } from './defineRoute';
import { compileInput, type InputValidator } from './validateInput';

interface Compiled {
  params?: InputValidator;
  query?: InputValidator;
  body?: InputValidator;
}

function isJson(contentType: string | undefined): boolean {
  return /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType ?? '');
}

/** Strict UTF-8: a body with invalid bytes is refused, never decoded with U+FFFD in place. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw gridcaseError('request.invalid', { reason: 'the body is not valid UTF-8' });
  }
}

async function readJson(c: Context<GridcaseEnv>, services: Services): Promise<unknown> {
  if (!isJson(c.req.header('content-type'))) throw gridcaseError('request.unsupportedMediaType');
  const text = decodeUtf8(await c.req.arrayBuffer());
  const { jsonDepth, jsonString, jsonArray } = services.limits;
  return parseJsonSafely(text, { maxDepth: jsonDepth, maxString: jsonString, maxArray: jsonArray });
}

function authorize(route: Route, session: Session | undefined, services: Services): void {
  if (route.auth === false) return;
  if (!session) throw gridcaseError('auth.required');
  const taken = services.limiters.requests.take(session.user.id);
  if (!taken.ok) throw gridcaseError('rate.limited', { retryAfter: taken.retryAfterSeconds });
  if (route.admin && !session.isAdmin)
    throw gridcaseError('auth.forbidden', { required: services.adminRole });
  if (route.rateLimit) {
    const extra = services.limiters[route.rateLimit].take(session.user.id);
    if (!extra.ok) throw gridcaseError('rate.limited', { retryAfter: extra.retryAfterSeconds });
  }
}

/**
 * Registers the route table on a Hono app. Per request, in this order: body size limit, JSON
 * parsing with depth/key/size guards (before anything else reads the body), authentication and
 * the user loaded from the store, rate limits, the admin check, Ajv validation of params, query
 * and body (unknown fields refused), then the handler.
 *
 * @example
 * ```ts
 * registerRoutes(app, [healthRoute, ...caseRoutes(services)], services);
 * ```
 */
export function registerRoutes(app: Hono<GridcaseEnv>, routes: Route[], services: Services): void {
  for (const route of routes) {
    const compiled: Compiled = {
      params: route.params && compileInput(route.params, 'params'),
      query: route.query && compileInput(route.query, 'query'),
      body: route.body && compileInput(route.body, 'body'),
    };
    const maxBytes = route.rawBody
      ? route.rawBody.maxBytes(services.limits)
      : (route.maxBytes?.(services.limits) ?? services.limits.bodyBytes);
    const limit = bodyLimit({
      maxSize: maxBytes,
      onError: () => {
        const code = route.rawBody
          ? (route.rawBody.tooLarge ?? 'attachment.tooLarge')
          : 'request.tooLarge';
        throw gridcaseError(code, { limit: maxBytes, limitMb: Math.floor(maxBytes / 1048576) });
      },
    });

    app.on(route.method.toUpperCase(), route.path, limit, async (c) => {
      const locale = c.get('locale');
      const rawBody = route.body ? await readJson(c, services) : undefined;
      const session = route.auth === false ? undefined : await loadSession(c.req.raw, services);
      c.set('session', session);
      authorize(route, session, services);
      const params = compiled.params ? compiled.params(c.req.param(), locale) : c.req.param();
      const { lang: _lang, ...rawQuery } = c.req.query();
      const query = compiled.query ? compiled.query(rawQuery, locale) : {};
      const body = compiled.body ? compiled.body(rawBody, locale) : undefined;
      return route.handler(c, { params, query, body, session });
    });
  }
}
