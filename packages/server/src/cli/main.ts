import { isGridcaseError, toGridcaseError } from '@gridcase/engine';
import { isLocale } from '@gridcase/forms/i18n';
import { Command } from 'commander';
import { translatorFor } from '../i18n/translate';
import type { Io } from './io';

/** Commands load what they need when they run: `lint` stays quick to start. */
const commands = () => import('./commands');

/**
 * The `gridcase` command line: `serve`, `lint`, `seed`, `import`, `export`, `verify-audit`,
 * `migrate-cases`, `migrate-store`. Every command that opens a store uses PostgreSQL when `DATABASE_URL` is set,
 * else the lowdb data directory (`--data`).
 * Exit codes: 0 fine, 1 findings or a failed check, 2 unusable input or configuration.
 *
 * @example
 * ```ts
 * await main(['verify-audit', '--data', '.data/gridcase']);
 * ```
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const langAt = argv.indexOf('--lang');
  const lang = langAt >= 0 ? argv[langAt + 1] : process.env.GRIDCASE_LANG;
  if (isLocale(lang)) process.env.GRIDCASE_LANG = lang;
  const io: Io = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    locale: isLocale(lang) ? lang : 'zh-CN',
  };
  const exit = (code: number) => {
    process.exitCode = code;
  };
  const program = new Command('gridcase')
    .description('gridcase: grassroots case handling server / 基层案件办理服务')
    .option('--lang <locale>', 'zh-CN | en')
    .exitOverride();
  const data = (cmd: Command) =>
    cmd.option('--data <dir>', 'data directory (default $GRIDCASE_DATA_DIR or .data/gridcase)');

  data(program.command('serve').description('serve the HTTP API'))
    .option('--memory', 'keep data in memory only')
    .option('--port <port>', 'port (default $PORT or 3000)')
    .option('--host <host>', 'interface (default 127.0.0.1)')
    .option('--base-path <path>', 'mount path of the API (default /api)')
    .option('--dev', 'development mode: demo sign-in, stacks in errors (never in production)')
    .option('--seed', 'seed the demo county when the store is empty')
    .option('--cors <origins>', 'comma-separated browser origins allowed to call the API')
    .action(async (options) => {
      const stop = await (await commands()).serveCommand(options, io);
      const shutdown = () => {
        void stop().finally(() => process.exit(0));
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
  program
    .command('lint <file>')
    .description('lint a workflow definition file')
    .option('--json', 'findings as JSON')
    .action(async (file, options) =>
      exit((await import('./lintCommand')).lintCommand(file, options, io)),
    );
  data(
    program
      .command('seed')
      .description('seed the demo county (areas, users for every role, templates, cases)'),
  )
    .option('--no-cases', 'without cases')
    .action(async (options) => exit(await (await commands()).seedCommand(options, io)));
  data(program.command('export').description('export a definition (or only its forms) as JSON'))
    .requiredOption('--county <id>', 'county id')
    .requiredOption('--definition <id>', 'definition id')
    .option('--version <version>', 'a number, latest (default) or draft')
    .option('--forms', 'only the forms map')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (options) => exit(await (await commands()).exportCommand(options, io)));
  data(
    program
      .command('import <file>')
      .description('import a definition (or a forms map) as the county’s draft'),
  )
    .requiredOption('--county <id>', 'county id')
    .option('--forms-into <definitionId>', 'the file is a forms map to merge into this definition')
    .option('--publish', 'publish after saving (lint must pass)')
    .option('--as <userId>', 'recorded as the author (default cli)')
    .action(async (file, options) =>
      exit(await (await commands()).importCommand(file, options, io)),
    );
  data(
    program
      .command('verify-audit')
      .description('verify the audit hash chain; names the first tampered entry'),
  ).action(async (options) => exit(await (await commands()).verifyAuditCommand(options, io)));
  data(
    program
      .command('migrate-cases')
      .description(
        'move running cases to another published version of their workflow by a plan (dry run first) / 按迁移方案把办理中的案件迁移到流程的另一版本（先预演）',
      ),
  )
    .requiredOption('--county <id>', 'county id')
    .requiredOption('--definition <id>', 'definition id')
    .requiredOption('--from-version <n>', 'the version the cases run on now')
    .requiredOption('--to-version <n>', 'the version to move them to')
    .requiredOption('--plan <file>', 'the migration plan (JSON)')
    .option('--dry-run', 'print what would happen; write nothing')
    .option('--as <userId>', 'recorded as who migrated (default cli)')
    .option('--batch <cases>', 'cases per batch (default 100)')
    .action(async (options) => exit(await (await commands()).migrateCasesCommand(options, io)));

  if (
    argv[0] === 'migrate-store' ||
    argv[0] === 'help' ||
    argv.length === 0 ||
    argv.some((a) => a === '--help' || a === '-h')
  ) {
    program.addCommand((await import('../migrateStore')).migrateStoreCommand());
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return exit(0);
    if (typeof code === 'string' && code.startsWith('commander.')) return exit(2);
    const t = translatorFor(io.locale);
    if (isGridcaseError(error)) {
      const shaped = toGridcaseError(error, { locale: io.locale });
      io.err(
        `${t('cli.failed', { message: `${shaped.message} ${shaped.hint}`, code: shaped.code })}\n`,
      );
    } else io.err(`${String((error as Error).message ?? error)}\n`);
    exit(2);
  }
}
