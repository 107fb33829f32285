import { isLocale } from '@gridcase/forms/i18n';
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import type { PostgresStore } from '../store/postgres';
import { type migrateMessages, migrateTranslator } from './messages';
import { type MigrationPhase, migrateStore } from './migrateStore';
import { createStoreFromUrl } from './storeFromUrl';

export interface MigrateStoreCliOptions {
  /** `lowdb:PATH` (or any store URL). */
  from: string;
  /** A PostgreSQL URL; default `DATABASE_URL`. */
  to?: string;
  batch?: number;
  lang?: string;
}

/** Where the command writes and what environment it reads. */
export interface CliIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

const processIo = (): CliIo => ({ out: process.stdout, err: process.stderr, env: process.env });

/**
 * `gridcase migrate-store --from lowdb:PATH --to postgresql://...`: copies the source into
 * PostgreSQL with a progress bar on stderr (when it is a terminal), prints the verification
 * (every count on both sides, the audit chain), and resolves to the exit code: 0 migrated and
 * verified, 1 copied but verification failed, 2 could not run (running again resumes).
 *
 * @example
 * ```ts
 * process.exitCode = await runMigrateStoreCli({ from: 'lowdb:/var/lib/gridcase' }, io);
 * ```
 */
export async function runMigrateStoreCli(
  options: MigrateStoreCliOptions,
  io: CliIo = processIo(),
): Promise<number> {
  const lang = options.lang ?? io.env.GRIDCASE_LANG;
  const t = migrateTranslator(isLocale(lang) ? lang : 'zh-CN');
  const say = (text: string) => io.out.write(`${text}\n`);
  const to = options.to ?? io.env.DATABASE_URL;
  if (!to) {
    io.err.write(`${t('migrate.noTarget')}\n`);
    return 2;
  }
  const opened: Array<{ close(): Promise<void> }> = [];
  const bar = new SingleBar({
    stream: io.err,
    format: ' {phase} [{bar}] {value}/{total}',
    hideCursor: true,
    clearOnComplete: false,
  });
  let phase: MigrationPhase | undefined;
  try {
    const source = createStoreFromUrl(options.from);
    const target = createStoreFromUrl(to);
    if (target.kind !== 'postgres') throw new Error(t('migrate.notPostgres', { to: target.name }));
    say(t('migrate.start', { from: source.name, to: target.name }));
    await source.store.open();
    opened.push(source.store);
    await target.store.open();
    opened.push(target.store);
    const report = await migrateStore({
      source: source.store,
      target: target.store as PostgresStore,
      sourceName: source.name,
      batchSize: options.batch,
      onProgress: (p) => {
        const label = t(`migrate.phase.${p.phase}` as keyof typeof migrateMessages);
        if (p.phase !== phase) {
          if (phase) bar.stop();
          phase = p.phase;
          bar.start(Math.max(p.total, p.done), p.done, { phase: label });
        } else {
          bar.setTotal(Math.max(p.total, p.done));
          bar.update(p.done, { phase: label });
        }
      },
    });
    bar.stop();
    if (report.resumed) say(t('migrate.resumed'));
    for (const c of report.counts) {
      say(t('migrate.count', { ...c, mark: c.source === c.target ? '' : '  ✗' }));
    }
    say(
      report.audit.ok
        ? t('migrate.auditOk', { count: report.audit.count, hash: report.audit.head.hash })
        : t('migrate.auditBroken', { seq: report.audit.seq, reason: report.audit.reason }),
    );
    say(report.ok ? t('migrate.done', { copied: report.copiedCases }) : t('migrate.mismatch'));
    return report.ok ? 0 : 1;
  } catch (error) {
    bar.stop();
    const reason = error instanceof Error ? error.message : String(error);
    io.err.write(`${t('migrate.failed', { reason })}\n`);
    return 2;
  } finally {
    await Promise.all(opened.map((store) => store.close().catch(() => undefined)));
  }
}

/**
 * The `migrate-store` subcommand, for the `gridcase` CLI (`program.addCommand(...)`).
 *
 * @example
 * ```ts
 * program.addCommand(migrateStoreCommand());
 * ```
 */
export function migrateStoreCommand(io: CliIo = processIo()): Command {
  const t = migrateTranslator('zh-CN');
  const en = migrateTranslator('en');
  const both = (key: keyof typeof migrateMessages) => `${t(key)} / ${en(key)}`;
  return new Command('migrate-store')
    .description(both('migrate.description'))
    .requiredOption('--from <store>', both('migrate.from'))
    .option('--to <url>', both('migrate.to'))
    .option('--batch <cases>', both('migrate.batch'), (value) => Number.parseInt(value, 10))
    .option('--lang <locale>', both('migrate.lang'))
    .action(async (options: MigrateStoreCliOptions) => {
      process.exitCode = await runMigrateStoreCli(options, io);
    });
}
