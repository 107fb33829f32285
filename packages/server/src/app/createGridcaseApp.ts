import { gridcaseError } from '@gridcase/engine';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { attachmentRoutes } from '../attachments/attachmentRoutes';
import { caseRoutes } from '../cases/caseRoutes';
import { commentRoutes } from '../comments/commentRoutes';
import { createScheduler, type Scheduler } from '../deadlines/scheduler';
import { definitionRoutes } from '../definitions/definitionRoutes';
import { createErrorHandler } from '../errors/errorHandler';
import { eventsRoute } from '../events/eventsRoute';
import { exportRoutes } from '../export/exportRoutes';
import { negotiateLocale, translatorFor } from '../i18n/translate';
import { kpiRoutes } from '../kpis/kpiRoutes';
import { migrationJobsOf, migrationRoutes } from '../migrateCases';
import { createDispatcher, type Dispatcher } from '../outbox/dispatcher';
import { revealRoutes } from '../pii/revealRoute';
import { publicRoutes } from '../public';
import type { Route } from '../routes/defineRoute';
import { registerRoutes } from '../routes/registerRoutes';
import type { GridcaseEnv, GridcaseOptions } from '../types';
import { webhookRoutes } from '../webhooks/webhookRoutes';
import { createServices, type Services } from './services';
import { systemRoutes } from './systemRoutes';

/** The Hono app plus handles on what runs beside it. */
export type GridcaseApp = Hono<GridcaseEnv> & {
  gridcase: {
    services: Services;
    routes: Route[];
    /** Fires due deadlines; `start()` runs it in the background. */
    scheduler: Scheduler;
    /** Delivers webhooks and notifications; `start()` runs it in the background. */
    dispatcher: Dispatcher;
    /** Starts the scheduler and the dispatcher (`serve()` does this). */
    start(): void;
    /** Stops them (and migrations applying in the background) and waits for work in flight. */
    stop(): Promise<void>;
  };
};

/**
 * Creates the gridcase HTTP API as a Hono app a host can serve on its own or mount
 * (`host.route('/api', app)`), with the host's store and authentication plugged in.
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { createGridcaseApp, createJwtAuth } from '@gridcase/server';
 *
 * const gridcase = createGridcaseApp({
 *   store,
 *   auth: createJwtAuth({ algorithm: 'HS256', secret, issuer: 'county-idp', audience: 'gridcase' }),
 * });
 * const host = new Hono();
 * host.route('/api', gridcase);
 * ```
 */
export function createGridcaseApp(options: GridcaseOptions): GridcaseApp {
  if (options.devMode && process.env.NODE_ENV === 'production') {
    throw new Error('gridcase: devMode refuses to run with NODE_ENV=production');
  }
  const services = createServices(options);
  if (services.devMode)
    services.logger.warn(
      `\n!!! gridcase: ${translatorFor('zh-CN')('devMode.banner')}\n!!! gridcase: ${translatorFor('en')('devMode.banner')}\n`,
    );

  const app = new Hono<GridcaseEnv>();
  app.use('*', async (c, next) => {
    c.set('requestId', crypto.randomUUID());
    c.set('locale', negotiateLocale(c.req.query('lang'), c.req.header('accept-language')));
    c.set('session', undefined);
    await next();
    c.header('X-Request-Id', c.get('requestId'));
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  });
  app.use(
    '*',
    secureHeaders({
      overwrite: false,
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  if (services.corsOrigins.length > 0) {
    app.use(
      '*',
      cors({
        origin: services.corsOrigins,
        allowHeaders: [
          'Authorization',
          'Content-Type',
          'Idempotency-Key',
          'If-Match',
          'Accept-Language',
          'X-Tracking-Secret',
        ],
        allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
        exposeHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
        maxAge: 600,
      }),
    );
  }

  const routes: Route[] = [];
  routes.push(
    ...systemRoutes(services, () => routes),
    ...caseRoutes(services),
    ...commentRoutes(services),
    ...attachmentRoutes(services),
    ...revealRoutes(services),
    ...definitionRoutes(services),
    ...migrationRoutes(services),
    ...kpiRoutes(services),
    ...exportRoutes(services),
    eventsRoute(services),
    ...webhookRoutes(services),
    ...publicRoutes(services, options.publicChannel),
  );
  registerRoutes(app, routes, services);

  app.all('*', () => {
    throw gridcaseError('request.notFound');
  });
  app.notFound(() => {
    throw gridcaseError('request.notFound');
  });
  app.onError(createErrorHandler(services));

  const scheduler = createScheduler(services, { pollMs: options.polling?.schedulerMs });
  const dispatcher = createDispatcher(services, {
    pollMs: options.polling?.dispatcherMs,
    notify: options.notify,
  });
  return Object.assign(app, {
    gridcase: {
      services,
      routes,
      scheduler,
      dispatcher,
      start() {
        scheduler.start();
        dispatcher.start();
      },
      async stop() {
        await Promise.all([
          scheduler.stop(),
          dispatcher.stop(),
          migrationJobsOf(services).stopAll(),
        ]);
      },
    },
  });
}
