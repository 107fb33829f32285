import { type Actor, toGridcaseError } from '@gridcase/engine';
import type { Services } from '../app/services';
import { requestHash } from '../idempotency/idempotency';
import type { MigrationRecord } from '../store/types';
import type { LoadedMigration } from './loadMigration';
import { type CaseOutcome, migrateOneCase } from './migrateOneCase';
import { runningCases } from './runningCases';
import { startPass } from './startPass';

/** How an apply pass runs. */
export interface ApplyOptions {
  /** Who applies (history and audit). */
  actor: Actor;
  /** Cases per batch (default 100): read, committed concurrently, then recorded. */
  batchSize?: number;
  /** Called with the record after the pass starts and after every batch. */
  onProgress?: (record: MigrationRecord) => void;
  /** Stops after the batch in flight (the record says `stopped`; applying again resumes). */
  signal?: AbortSignal;
}

const MAX_FAILURES = 1000;

/** The plan's hash: one plan id stands for one plan. */
export const planHashOf = (loaded: LoadedMigration): string => requestHash(loaded.plan);

function count(record: MigrationRecord, outcome: CaseOutcome): void {
  if (outcome.kind === 'migrated') record.migrated += 1;
  else if (outcome.kind === 'gone') record.skipped += outcome.migratedByPlan ? 1 : 0;
  else {
    record.failed += 1;
    if (record.failures.length < MAX_FAILURES) {
      record.failures.push({
        caseId: outcome.caseId,
        stages: outcome.stages,
        code: outcome.error.code,
        message: outcome.error.message,
        ...(outcome.error.details ? { details: outcome.error.details } : {}),
      });
    }
  }
}

/**
 * Runs one apply pass of a (complete) plan: starts or resumes the migration record (see
 * `startPass`), then, batch by batch in case id order, writes the batch's ids to the record
 * (write-ahead), migrates each case (`migrateOneCase`, one atomic commit each, a failing case
 * left on its old version and listed), and records the counts and the cursor. An error (a disk
 * that refuses, a store that went away) leaves the record `stopped` with the batch in flight:
 * applying again resumes after the last recorded batch and counts, without migrating them
 * again, the cases of the interrupted batch that were committed. Serialized per plan, across
 * processes too on PostgreSQL.
 *
 * @example
 * ```ts
 * const record = await applyMigration(services, loaded, { actor, onProgress: (r) => bar.update(r.migrated) });
 * ```
 */
export async function applyMigration(
  services: Services,
  loaded: LoadedMigration,
  options: ApplyOptions,
): Promise<MigrationRecord> {
  const key = `migration:${loaded.county.id}:${loaded.plan.id}`;
  return services.mutex.run(key, async () => {
    const record = await startPass(services, loaded, planHashOf(loaded), options.actor);
    const put = async () => {
      record.updatedAt = services.clock.now().toISOString();
      await services.store.putMigration(record);
      options.onProgress?.(structuredClone(record));
    };
    await put();
    try {
      for await (const page of runningCases(
        services.store,
        loaded,
        options.batchSize ?? 100,
        record.cursor,
      )) {
        if (options.signal?.aborted) {
          record.status = 'stopped';
          break;
        }
        record.inFlight = page.map((c) => c.id);
        await services.store.putMigration(record);
        // every case of the batch settles before anything is recorded (or the error rethrown)
        const settled = await Promise.allSettled(
          page.map((c) => migrateOneCase(services, loaded, c.id, options.actor)),
        );
        const refused = settled.find((s) => s.status === 'rejected');
        if (refused) throw refused.reason;
        for (const s of settled) if (s.status === 'fulfilled') count(record, s.value);
        record.cursor = page.at(-1)?.id;
        delete record.inFlight;
        await put();
      }
    } catch (error) {
      const shaped = toGridcaseError(error, { locale: loaded.locale });
      record.status = 'stopped';
      record.error = { code: shaped.code, message: shaped.message };
      await services.store
        .putMigration({ ...record, updatedAt: services.clock.now().toISOString() })
        .catch(() => undefined);
      throw error;
    }
    if (record.status === 'running') {
      record.status = 'done';
      record.finishedAt = services.clock.now().toISOString();
      delete record.cursor;
    }
    await put();
    return record;
  });
}
