import { gridcaseError } from '@gridcase/engine';
import type { Services } from '../app/services';
import type { MigrationRecord } from '../store/types';
import { type ApplyOptions, applyMigration, planHashOf } from './applyMigration';
import type { LoadedMigration } from './loadMigration';

interface Job {
  latest?: MigrationRecord;
  /** The record once the pass has started. */
  first: Promise<MigrationRecord>;
  abort: AbortController;
  done: Promise<void>;
}

/** The apply passes running in this process, so an apply request returns while it works. */
export interface MigrationJobs {
  /**
   * Starts an apply pass in the background, unless one of this plan already runs here; resolves
   * with the record once the pass has started (its refusals, e.g. `migration.planConflict`,
   * reject), or with the running pass's latest record (another plan under its id is refused).
   */
  start(loaded: LoadedMigration, options: Omit<ApplyOptions, 'signal'>): Promise<MigrationRecord>;
  /** The latest record of a pass running here, if any. */
  running(countyId: string, planId: string): MigrationRecord | undefined;
  /** Resolves once the pass of this plan running here (if any) has ended. */
  settled(countyId: string, planId: string): Promise<void>;
  /** Asks every pass to stop after its batch in flight, and waits for them. */
  stopAll(): Promise<void>;
}

const registry = new WeakMap<Services, MigrationJobs>();

/**
 * The migration jobs of an app's services (one registry per app).
 *
 * @example
 * ```ts
 * const record = await migrationJobsOf(services).start(loaded, { actor: session.actor });
 * await migrationJobsOf(services).settled(countyId, record.id);
 * ```
 */
export function migrationJobsOf(services: Services): MigrationJobs {
  const known = registry.get(services);
  if (known) return known;
  const jobs = new Map<string, Job>();
  const keyOf = (countyId: string, planId: string) => `${countyId}\u0000${planId}`;
  const created: MigrationJobs = {
    start(loaded, options) {
      const key = keyOf(loaded.county.id, loaded.plan.id);
      const current = jobs.get(key);
      if (current) {
        const latest = current.latest;
        if (latest && latest.planHash !== planHashOf(loaded)) {
          return Promise.reject(
            gridcaseError('migration.planConflict', { planId: loaded.plan.id }),
          );
        }
        return latest ? Promise.resolve(structuredClone(latest)) : current.first;
      }
      const job = { abort: new AbortController(), done: Promise.resolve() } as Job;
      job.first = new Promise<MigrationRecord>((resolve, reject) => {
        job.done = applyMigration(services, loaded, {
          ...options,
          signal: job.abort.signal,
          onProgress: (record) => {
            job.latest = record;
            resolve(record);
            options.onProgress?.(record);
          },
        })
          .then(
            (record) => {
              job.latest = record;
              resolve(record);
            },
            (error: unknown) => {
              reject(error);
              services.logger.error(`gridcase: migration ${loaded.plan.id} stopped`, error);
            },
          )
          .finally(() => {
            if (jobs.get(key) === job) jobs.delete(key);
          });
      });
      jobs.set(key, job);
      return job.first;
    },
    running: (countyId, planId) => {
      const latest = jobs.get(keyOf(countyId, planId))?.latest;
      return latest && structuredClone(latest);
    },
    settled: async (countyId, planId) => {
      await jobs.get(keyOf(countyId, planId))?.done;
    },
    async stopAll() {
      for (const job of jobs.values()) job.abort.abort();
      await Promise.all([...jobs.values()].map((job) => job.done));
    },
  };
  registry.set(services, created);
  return created;
}
