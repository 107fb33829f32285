import { verifyAuditChain } from '../audit';
import { translatorFor } from '../i18n/translate';
import { seedDemo } from '../seed/seedDemo';
import type { Io } from './io';
import { openDataStore } from './openDataStore';

export { type MigrateCasesOptions, migrateCasesCommand } from '../migrateCases/migrateCasesCommand';
export {
  type ExportOptions,
  exportCommand,
  type ImportOptions,
  importCommand,
} from './definitionCommands';
export { type ServeCommandOptions, serveCommand } from './serveCommand';
export type { Io };

/**
 * `gridcase seed`: the demo county into a data directory.
 *
 * @example
 * ```ts
 * process.exitCode = await seedCommand({ data: '.data/demo' }, io);
 * ```
 */
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

/**
 * `gridcase verify-audit`: names the first tampered entry of the audit chain (exit 1).
 *
 * @example
 * ```ts
 * process.exitCode = await verifyAuditCommand({ data: '/var/lib/gridcase' }, io);
 * ```
 */
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
