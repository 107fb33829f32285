import { type Actor, gridcaseError } from '@gridcase/engine';
import type { Services } from '../app/services';
import type { MigrationRecord } from '../store/types';
import type { LoadedMigration } from './loadMigration';
import { countRunning } from './runningCases';

/**
 * The record a new apply pass works on. First apply: a new record over the running cases.
 * A record left `running` or `stopped` (a pass that was interrupted): resumed after its cursor,
 * after counting the cases of its batch in flight that were committed (`migrated` and
 * `skipped`: they are not migrated again). A `done` record: a new pass over the cases still
 * on the old version (those that failed before are tried again), `migrated` kept. The same plan
 * id with another plan, definition or versions is `migration.planConflict`.
 *
 * @example
 * ```ts
 * const record = await startPass(services, loaded, planHashOf(loaded), actor);
 * ```
 */
export async function startPass(
  services: Services,
  loaded: LoadedMigration,
  planHash: string,
  actor: Actor,
): Promise<MigrationRecord> {
  const { county, from, to, plan } = loaded;
  const store = services.store;
  const now = services.clock.now().toISOString();
  const existing = await store.getMigration(county.id, plan.id);
  if (
    existing &&
    (existing.planHash !== planHash ||
      existing.definitionId !== from.definitionId ||
      existing.fromVersion !== from.version ||
      existing.toVersion !== to.version)
  ) {
    throw gridcaseError('migration.planConflict', { planId: plan.id });
  }
  const running = (await countRunning(store, loaded)).total;
  if (!existing) {
    return {
      countyId: county.id,
      id: plan.id,
      definitionId: from.definitionId,
      fromVersion: from.version,
      toVersion: to.version,
      plan,
      planHash,
      status: 'running',
      startedBy: actor.userId,
      startedAt: now,
      updatedAt: now,
      passes: 1,
      total: running,
      migrated: 0,
      skipped: 0,
      failed: 0,
      failures: [],
    };
  }
  const { inFlight, error: _error, finishedAt: _finished, ...kept } = existing;
  const next: MigrationRecord = {
    ...kept,
    status: 'running',
    passes: existing.passes + 1,
    updatedAt: now,
  };
  if (existing.status === 'done') {
    delete next.cursor;
    return { ...next, total: existing.migrated + running, skipped: 0, failed: 0, failures: [] };
  }
  for (const caseId of inFlight ?? []) {
    const record = await store.getCase(county.id, caseId);
    if (record?.definition.id !== to.definitionId || record.definition.version !== to.version)
      continue;
    const history = await store.getHistory(county.id, caseId);
    if (history.some((e) => e.migration?.planId === plan.id)) {
      next.migrated += 1;
      next.skipped += 1;
    }
  }
  return next;
}
