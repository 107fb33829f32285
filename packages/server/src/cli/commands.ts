import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { hashDefinition, validateDefinition, type WorkflowDefinition } from '@gridcase/engine';
import { createGridcaseApp } from '../app/createGridcaseApp';
import { verifyAuditChain } from '../audit';
import { createJwtAuth } from '../auth/jwtAuth';
import { publishFindings, publishVersion } from '../definitions/publishVersion';
import { translatorFor } from '../i18n/translate';
import { seedDemo } from '../seed/seedDemo';
import { serve } from '../serve/serve';
import type { Io } from './io';
import { openDataStore, storeFor } from './openDataStore';

export type { Io };

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

/**
 * `gridcase serve`: the HTTP API on a lowdb data directory (or memory), with the scheduler and
 * dispatcher running. JWT settings come from `GRIDCASE_JWT_SECRET`, `GRIDCASE_JWT_ISSUER`,
 * `GRIDCASE_JWT_AUDIENCE`; `--dev` enables the demo sign-in (never in production). Resolves
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

/** `gridcase seed`: the demo county into a data directory. */
export async function seedCommand(
  options: { data?: string; cases?: boolean },
  io: Io,
): Promise<number> {
  const t = translatorFor(io.locale);
  const { app, store } = await openDataStore(options);
  try {
    const result = await seedDemo(app, { cases: options.cases });
    io.out(
      `${result.cases.length || options.cases === false ? t('cli.seeded', { cases: result.cases.length }) : t('cli.alreadySeeded')}\n`,
    );
    for (const step of result.skipped) io.err(`${t('cli.seedSkipped', { step })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

/** `gridcase verify-audit`: names the first tampered entry of the audit chain (exit 1). */
export async function verifyAuditCommand(options: { data?: string }, io: Io): Promise<number> {
  const t = translatorFor(io.locale);
  const { store } = await openDataStore(options);
  try {
    const verdict = await verifyAuditChain(store);
    if (verdict.ok) {
      io.out(
        `${t('cli.auditOk', { count: verdict.count, seq: verdict.head.seq, hash: verdict.head.hash })}\n`,
      );
      return 0;
    }
    io.err(
      `${t('cli.auditBroken', { seq: verdict.seq, reason: verdict.reason, count: verdict.count })}\n`,
    );
    return 1;
  } finally {
    await store.close();
  }
}

export interface ExportOptions {
  data?: string;
  county: string;
  definition: string;
  version?: string;
  forms?: boolean;
  out?: string;
}

/** `gridcase export`: one definition version (or only its forms) as JSON. */
export async function exportCommand(options: ExportOptions, io: Io): Promise<number> {
  const t = translatorFor(io.locale);
  const { store } = await openDataStore(options);
  try {
    const ref =
      options.version === 'draft' || options.version === 'latest' || options.version === undefined
        ? (options.version ?? 'latest')
        : Number(options.version);
    const found = await store.getDefinition(
      options.county,
      options.definition,
      ref as number | 'latest' | 'draft',
    );
    if (!found) {
      io.err(
        `${t('cli.failed', { message: `${options.definition}@${String(ref)}`, code: 'definition.notFound' })}\n`,
      );
      return 1;
    }
    const text = `${JSON.stringify(options.forms ? found.definition.forms : found.definition, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, text);
      io.err(`${t('cli.exported', { file: options.out })}\n`);
    } else io.out(text);
    return 0;
  } finally {
    await store.close();
  }
}

export interface ImportOptions {
  data?: string;
  county: string;
  /** The file holds only a `forms` map, merged into this definition's draft (or latest). */
  formsInto?: string;
  publish?: boolean;
  as?: string;
}

/** `gridcase import FILE`: a definition (or a forms map) as the county's draft; `--publish` publishes it through lint. */
export async function importCommand(file: string, options: ImportOptions, io: Io): Promise<number> {
  const t = translatorFor(io.locale);
  const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
  const { app, store } = await openDataStore(options);
  try {
    let candidate: unknown = raw;
    if (options.formsInto) {
      const base =
        (await store.getDefinition(options.county, options.formsInto, 'draft')) ??
        (await store.getDefinition(options.county, options.formsInto, 'latest'));
      if (!base) {
        io.err(`${t('cli.failed', { message: options.formsInto, code: 'definition.notFound' })}\n`);
        return 1;
      }
      candidate = {
        ...base.definition,
        forms: { ...base.definition.forms, ...(raw as Record<string, unknown>) },
      };
    }
    const checked = validateDefinition(candidate, io.locale);
    if (!checked.ok) {
      io.err(`${t('cli.findings', { count: checked.findings.length })}\n`);
      for (const f of checked.findings) io.err(`  ${f.pointer || '/'}  ${f.code}  ${f.message}\n`);
      return 1;
    }
    const definition: WorkflowDefinition = { ...checked.definition, version: 0 };
    const at = new Date().toISOString();
    await store.saveDraft({
      countyId: options.county,
      definitionId: definition.id,
      version: 0,
      status: 'draft',
      definition,
      hash: hashDefinition(definition),
      savedAt: at,
      savedBy: options.as ?? 'cli',
    });
    io.out(`${t('cli.imported', { id: definition.id })}\n`);
    const findings = publishFindings(definition, io.locale);
    if (findings.length) {
      io.err(`${t('cli.findings', { count: findings.length })}\n`);
      for (const f of findings) io.err(`  ${f.pointer || '/'}  ${f.code}  ${f.message}\n`);
    }
    if (!options.publish) return 0;
    if (findings.length) return 1;
    const published = await publishVersion(
      app.gridcase.services,
      options.county,
      definition.id,
      options.as ?? 'cli',
      io.locale,
    );
    io.out(`${t('cli.published', { id: definition.id, version: published.version })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
