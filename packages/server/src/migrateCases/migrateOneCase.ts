import { type Actor, type GridcaseErrorShape, gridcaseError, migrateCase } from '@gridcase/engine';
import type { Services } from '../app/services';
import { buildCommit, caseEvent } from '../cases/buildCommit';
import type { LoadedMigration } from './loadMigration';

/** What happened to one case in an apply pass. */
export type CaseOutcome =
  | { kind: 'migrated'; caseId: string }
  /** Not on the old version any more, or closed: migrated earlier, or finished meanwhile. */
  | { kind: 'gone'; caseId: string; migratedByPlan: boolean }
  | { kind: 'failed'; caseId: string; stages: string[]; error: GridcaseErrorShape };

/**
 * Migrates one case under its lock (the same one commands take, so no command slips in between
 * the read and the write): reads it again, runs the engine's `migrateCase` with its history on
 * the county's calendar, and commits the case, its `case.migrate` history entry, the cancelled
 * and new deadlines, webhook rows and an audit entry naming the plan in one atomic write. A
 * case that can no longer be migrated is left as it is.
 *
 * @example
 * ```ts
 * const outcome = await migrateOneCase(services, loaded, 'D-0001', actor);
 * ```
 */
export async function migrateOneCase(
  services: Services,
  loaded: LoadedMigration,
  caseId: string,
  actor: Actor,
): Promise<CaseOutcome> {
  const { county, from, to, plan } = loaded;
  return services.mutex.run(`case:${county.id}:${caseId}`, async () => {
    const record = await services.store.getCase(county.id, caseId);
    const history = record ? await services.store.getHistory(county.id, caseId) : [];
    const pin = record?.definition;
    if (
      record?.status !== 'active' ||
      pin?.id !== from.definitionId ||
      pin.version !== from.version
    ) {
      const migratedByPlan = history.some((e) => e.migration?.planId === plan.id);
      return { kind: 'gone', caseId, migratedByPlan };
    }
    const now = services.clock.now();
    const result = migrateCase(from.definition, to.definition, plan, record, now, {
      history,
      calendar: loaded.calendar,
      locale: loaded.locale,
      actor,
    });
    if (!result.ok) return { kind: 'failed', caseId, stages: record.stages, error: result.error };
    const next = result.case;
    const nowIso = now.toISOString();
    const event = caseEvent(next, 'case.updated', 'case.migrate', nowIso);
    const commit = buildCommit({
      next,
      expectedVersion: record.version,
      effects: result.effects,
      event,
      webhooks: await services.store.listWebhooks(county.id),
      nowIso,
      audit: {
        at: nowIso,
        countyId: county.id,
        actor: { userId: actor.userId },
        action: 'case.migrate',
        caseId,
        detail: {
          planId: plan.id,
          fromVersion: from.version,
          toVersion: to.version,
          version: next.version,
          from: record.stages,
          to: next.stages,
          fields: result.migration.fields.map((f) => `${f.from}->${f.to}`),
        },
      },
    });
    const committed = await services.store.commit(commit);
    if (!committed.ok) {
      const current = committed.reason === 'versionConflict' ? committed.currentVersion : undefined;
      const error = gridcaseError(
        'case.versionConflict',
        { currentVersion: current },
        loaded.locale,
      ).toJSON();
      return { kind: 'failed', caseId, stages: record.stages, error };
    }
    services.hub.publish(event);
    return { kind: 'migrated', caseId };
  });
}
