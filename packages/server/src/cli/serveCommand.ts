import { randomBytes } from 'node:crypto';
import { createGridcaseApp } from '../app/createGridcaseApp';
import { createJwtAuth } from '../auth/jwtAuth';
import { translatorFor } from '../i18n/translate';
import { seedDemo } from '../seed/seedDemo';
import { serve } from '../serve/serve';
import type { Io } from './io';
import { storeFor } from './openDataStore';

export interface ServeCommandOptions {
  data?: string;
  memory?: boolean;
  port?: string;
  host?: string;
  basePath?: string;
  dev?: boolean;
  seed?: boolean;
  cors?: string;
}

/** A comma-separated list, trimmed, empty items dropped. */
const listOf = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * `gridcase serve`: the HTTP API on a lowdb data directory (or memory), with the scheduler and
 * dispatcher running. JWT settings come from `GRIDCASE_JWT_SECRET`, `GRIDCASE_JWT_ISSUER`,
 * `GRIDCASE_JWT_AUDIENCE`; `GRIDCASE_TRUSTED_PROXIES` lists the reverse proxies (exact IPs,
 * comma-separated) whose `X-Forwarded-For` names the citizen channel's client; `--dev` enables the demo sign-in (never in production). Resolves
 * once listening, with a function that shuts everything down.
 *
 * @example
 * ```ts
 * const stop = await serveCommand({ dev: true, seed: true, port: '3000' }, io);
 * ```
 */
export async function serveCommand(
  options: ServeCommandOptions,
  io: Io,
): Promise<() => Promise<void>> {
  const t = translatorFor(io.locale);
  const dev = options.dev === true || process.env.GRIDCASE_DEV_MODE === '1';
  let secret = process.env.GRIDCASE_JWT_SECRET;
  if (!secret || Buffer.byteLength(secret) < 32) {
    if (!dev) throw new Error(t('cli.noSecret'));
    secret = randomBytes(32).toString('hex');
    io.err(`${t('cli.ephemeralSecret')}\n`);
  }
  const { store, name, kind } = storeFor(options);
  await store.open();
  const auth = createJwtAuth({
    algorithm: 'HS256',
    secret,
    issuer: process.env.GRIDCASE_JWT_ISSUER ?? 'gridcase',
    audience: process.env.GRIDCASE_JWT_AUDIENCE ?? 'gridcase',
  });
  const app = createGridcaseApp({
    store,
    auth,
    devMode: dev,
    publicChannel: { trustedProxies: listOf(process.env.GRIDCASE_TRUSTED_PROXIES) },
    corsOrigins: options.cors
      ? options.cors
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
      : [],
    logger: {
      info: (m) => io.out(`${m}\n`),
      warn: (m) => io.err(`${m}\n`),
      error: (m, ...rest) => io.err(`${m} ${rest.map(String).join(' ')}\n`),
    },
  });
  const seeded = options.seed ? await seedDemo(app) : undefined;
  const server = await serve(app, {
    port: Number(options.port ?? process.env.PORT ?? 3000),
    hostname: options.host ?? '127.0.0.1',
    basePath: options.basePath ?? '/api',
  });
  io.out(
    `${t('cli.listening', { url: server.url })}\n${t('cli.reference', { url: `${server.url}/reference` })}\n`,
  );
  io.out(`${kind === 'memory' ? t('cli.memoryStore') : t('cli.store', { dir: name })}\n`);
  if (seeded)
    io.out(
      `${seeded.cases.length ? t('cli.seeded', { cases: seeded.cases.length }) : t('cli.alreadySeeded')}\n`,
    );
  for (const step of seeded?.skipped ?? []) io.err(`${t('cli.seedSkipped', { step })}\n`);
  if (dev) {
    const users = (await store.listCounties()).length
      ? await store.listUsers((await store.listCounties())[0]!.id)
      : [];
    if (users.length) {
      io.out(`${t('cli.demoLogins', { url: server.url })}\n`);
      for (const u of users)
        io.out(
          `  ${u.username.padEnd(18)} ${u.name}  ${u.roles.map((r) => `${r.role}@${r.areaId}`).join(', ')}\n`,
        );
    }
  }
  return async () => {
    await server.close();
    await store.close();
  };
}
