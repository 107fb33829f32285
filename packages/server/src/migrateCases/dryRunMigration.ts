import {
  type CaseMigration,
  type MigrationDryRunReport,
  migrateCase,
  migrationTally,
} from '@gridcase/engine';
import type { Services } from '../app/services';
import type { LoadedMigration } from './loadMigration';
import { runningCases } from './runningCases';

/** What a dry run answers (the engine's `MigrationDryRunReport`). */
export type MigrationDryRun = MigrationDryRunReport;

/**
 * Predicts, without writing anything, what applying the plan now would do to every running
 * case on the old version: `migrateCase` on each (with its history, on the county's
 * calendar), summed up by `migrationTally`, plus the page of cases asked for. An incomplete
 * plan is dry-run too: its cases in unmapped states fail with `migration.stateUnmapped` and
 * `summary.unmapped` counts them per state.
 *
 * @example
 * ```ts
 * const report = await dryRunMigration(services, loaded, { offset: 0, limit: 200 });
 * report.summary.failing; // cases that would stay on the old version
 * ```
 */
export async function dryRunMigration(
  services: Services,
  loaded: LoadedMigration,
  page: { offset: number; limit: number },
): Promise<MigrationDryRun> {
  const now = services.clock.now();
  const { from, to, plan } = loaded;
  const tally = migrationTally(from.definition, loaded.unmapped);
  const cases: CaseMigration[] = [];
  let index = 0;
  for await (const records of runningCases(services.store, loaded, 200)) {
    for (const record of records) {
      const history = await services.store.getHistory(loaded.county.id, record.id);
      const { migration } = migrateCase(from.definition, to.definition, plan, record, now, {
        history,
        calendar: loaded.calendar,
        locale: loaded.locale,
      });
      tally.add(migration);
      if (index >= page.offset && index < page.offset + page.limit) cases.push(migration);
      index += 1;
    }
  }
  return {
    planId: plan.id,
    definitionId: from.definitionId,
    fromVersion: from.version,
    toVersion: to.version,
    at: now.toISOString(),
    summary: tally.summary(),
    cases,
    offset: page.offset,
    limit: page.limit,
  };
}
