import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Serves the built web app: its files, and `index.html` for every other path without a file
 * extension (the app routes on the client). Without a build, a page says how to make one.
 *
 * @example
 * ```ts
 * host.route('/', staticApp('/repo/examples/web/dist'));
 * ```
 */
export function staticApp(webDist: string | undefined): Hono {
  const app = new Hono();
  const indexFile = webDist && join(webDist, 'index.html');
  if (!webDist || !indexFile || !existsSync(indexFile)) {
    app.get('*', (c) =>
      c.text(
        'gridcase example: the web app is not built. Run `pnpm --filter @gridcase/example-web build` (npm start does it).\nThe API is at /api (reference: /api/reference).',
        404,
      ),
    );
    return app;
  }
  const index = readFileSync(indexFile, 'utf8');
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // Ajv (the forms validator, the designer's linter) compiles schemas to functions in
        // the browser, which needs 'unsafe-eval'; without it no form validates
        scriptSrc: ["'self'", "'unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: relative(process.cwd(), webDist) || '.' }));
  app.get('*', (c) => {
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound();
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  });
  return app;
}
