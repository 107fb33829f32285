import { readFile } from 'node:fs/promises';
import { gridcaseError, type MigrationSummary } from '@gridcase/engine';
import { SingleBar } from 'cli-progress';
import type { Io } from '../cli/io';
import { openDataStore } from '../cli/openDataStore';
import { applyMigration } from './applyMigration';
import { migrateCasesTranslator } from './cliMessages';
import { dryRunMigration } from './dryRunMigration';
import { loadMigration } from './loadMigration';
import { refuseIncomplete } from './unmappedCounts';

export interface MigrateCasesOptions {
  data?: string;
  county: string;
  definition: string;
  fromVersion: string | number;
  toVersion: string | number;
  plan: string;
  dryRun?: boolean;
  as?: string;
  batch?: string | number;
}

type T = ReturnType<typeof migrateCasesTranslator>;

function printSummary(io: Io, t: T, summary: MigrationSummary): void {
  const list = (items: string[]) => items.join(io.locale === 'zh-CN' ? '、' : ', ');
  const short = (ids: string[]) => ids.map((id) => id.split('.').slice(1).join('.') || id);
  const { total, migratable, failing } = summary;
  io.out(`${t('cases.summary', { total, migratable, failing })}\n`);
  if (!summary.complete) {
    io.out(`${t('cases.incomplete')}\n`);
    for (const u of summary.unmapped) {
      io.out(
        `${t('cases.unmapped', { state: u.state, title: u.title?.[io.locale] ?? u.state, cases: u.cases })}\n`,
      );
    }
  }
  if (summary.groups.length) io.out(`${t('cases.moves')}\n`);
  for (const g of summary.groups) {
    const moves = g.fields.map((f) => `${f.from}→${f.to}`);
    const fields = moves.length ? t('cases.fields', { moves: list(moves) }) : '';
    const args = { from: list(short(g.from)), to: list(short(g.to)), cases: g.cases };
    io.out(
      `${t('cases.group', { ...args, kept: g.clocksKept, restarted: g.clocksRestarted, fields })}\n`,
    );
  }
  if (summary.failures.length) io.out(`${t('cases.failures')}\n`);
  for (const f of summary.failures) {
    const ids = list(f.caseIds.slice(0, 5));
    io.out(`${t('cases.failure', { code: f.code, message: f.message, cases: f.cases, ids })}\n`);
  }
}

/**
 * `gridcase migrate-cases`: with `--dry-run`, prints what migrating the running cases would do
 * (per old -> new stage, failures with their reasons, an incomplete plan's unmapped states and
 * their cases; exit 1 when the plan is incomplete); else applies the plan in batches with a
 * progress bar on `progress` (stderr), resuming an interrupted run of the same plan. Exit 0
 * done, 1 done but some cases cannot move, 2 refused or stopped (run again to continue).
 *
 * @example
 * ```ts
 * process.exitCode = await migrateCasesCommand({ county: 'demo-county', definition: 'dispute-mediation', fromVersion: 1, toVersion: 2, plan: 'plan.json', dryRun: true }, io);
 * ```
 */
export async function migrateCasesCommand(
  options: MigrateCasesOptions,
  io: Io,
  progress: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  const t = migrateCasesTranslator(io.locale);
  const plan = JSON.parse(await readFile(options.plan, 'utf8')) as unknown;
  const { app, store } = await openDataStore(options);
  const services = app.gridcase.services;
  try {
    const county = await store.getCounty(options.county);
    if (!county) throw gridcaseError('county.notFound', { countyId: options.county });
    const loaded = await loadMigration(services, {
      county,
      definitionId: options.definition,
      fromVersion: Number(options.fromVersion),
      toVersion: Number(options.toVersion),
      plan,
      locale: io.locale,
    });
    const head = {
      definition: options.definition,
      from: loaded.from.version,
      to: loaded.to.version,
    };
    io.out(`${t('cases.heading', { ...head, plan: loaded.plan.id })}\n`);
    if (options.dryRun) {
      const report = await dryRunMigration(services, loaded, { offset: 0, limit: 0 });
      printSummary(io, t, report.summary);
      return report.summary.complete ? 0 : 1;
    }
    await refuseIncomplete(store, loaded);
    const user = await store.getUser(options.as ?? 'cli');
    const actor = { userId: options.as ?? 'cli', roles: [], ...(user ? { name: user.name } : {}) };
    const bar = new SingleBar({
      stream: progress,
      format: ` ${t('cases.progress')} [{bar}] {value}/{total}`,
      hideCursor: true,
      clearOnComplete: false,
      noTTYOutput: true,
      notTTYSchedule: 2000,
    });
    let started = false;
    try {
      const record = await applyMigration(services, loaded, {
        actor,
        batchSize: options.batch === undefined ? undefined : Number(options.batch),
        onProgress: (r) => {
          const done = r.migrated + r.failed;
          if (!started) {
            started = true;
            if (r.passes > 1 && r.status === 'running' && r.cursor)
              io.out(`${t('cases.resumed', { passes: r.passes })}\n`);
            bar.start(r.total, done);
          } else bar.update(done);
        },
      });
      bar.stop();
      const { migrated, skipped, failed } = record;
      io.out(`${t('cases.done', { migrated, skipped, failed })}\n`);
      for (const f of record.failures) io.out(`  ✗ ${f.caseId}  ${f.code}  ${f.message}\n`);
      return record.failed > 0 ? 1 : 0;
    } catch (error) {
      bar.stop();
      const reason = error instanceof Error ? error.message : String(error);
      io.err(`${t('cases.stopped', { reason })}\n`);
      return 2;
    }
  } finally {
    await store.close();
  }
}
