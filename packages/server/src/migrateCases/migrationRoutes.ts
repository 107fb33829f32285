import { gridcaseError } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import { Id, Obj, OpenObj } from '../routes/schemas';
import type { Session } from '../types';
import { dryRunMigration } from './dryRunMigration';
import { loadMigration } from './loadMigration';
import { migrationJobsOf } from './migrationJobs';
import { DryRunBody, DryRunSchema, MigrationBody, MigrationRecordSchema } from './migrationSchemas';
import { refuseIncomplete } from './unmappedCounts';

const load = (
  services: Services,
  session: Session,
  id: string,
  body: { fromVersion: number; toVersion: number; plan: unknown },
  locale: Parameters<typeof loadMigration>[1]['locale'],
) => loadMigration(services, { county: session.county, definitionId: id, ...body, locale });

/**
 * Migrating running cases of a definition from one published version to another (county
 * admin): dry run, apply (in the background, batched, resumable, idempotent per plan id), and
 * the migration records to poll.
 *
 * @example
 * ```ts
 * registerRoutes(app, migrationRoutes(services), services);
 * ```
 */
export function migrationRoutes(services: Services): Route[] {
  const jobs = migrationJobsOf(services);
  return [
    defineRoute({
      method: 'post',
      path: '/definitions/:id/migrations/dry-run',
      operationId: 'dryRunMigration',
      summary:
        'What a migration plan would do to every running case of the old version; writes nothing',
      description:
        'Each case’s new stages, deadlines and moved fields, or why it cannot move; the summary per old -> new stage and per failure; for an incomplete plan the unmapped states and how many cases sit in each.',
      tags: ['migrations'],
      admin: true,
      params: Obj({ id: Id }),
      body: DryRunBody,
      responses: { 200: { description: 'The prediction', schema: DryRunSchema } },
      handler: async (c, { params, body, session }) => {
        const { offset = 0, limit = 200, ...request } = body;
        const loaded = await load(services, session, params.id, request, c.get('locale'));
        return c.json(await dryRunMigration(services, loaded, { offset, limit }));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/definitions/:id/migrations/apply',
      operationId: 'applyMigration',
      summary: 'Migrate the running cases in the background; poll the migration record',
      description:
        'Refuses an incomplete plan (migration.planIncomplete). Applying the same plan id again resumes an interrupted migration or re-runs a finished one over the cases still on the old version; cases already migrated are skipped. The same id with another plan is migration.planConflict.',
      tags: ['migrations'],
      admin: true,
      params: Obj({ id: Id }),
      body: MigrationBody,
      responses: {
        202: {
          description:
            'The migration record as the pass started (or as it stands when already running)',
          schema: OpenObj({ migration: MigrationRecordSchema }),
        },
      },
      handler: async (c, { params, body, session }) => {
        const loaded = await load(services, session, params.id, body, c.get('locale'));
        await refuseIncomplete(services.store, loaded);
        const actor = { ...session.actor, name: session.user.name };
        const migration = await jobs.start(loaded, { actor });
        return c.json({ migration }, 202);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/definitions/:id/migrations',
      operationId: 'listMigrations',
      summary: 'The migrations of a definition, oldest first',
      tags: ['migrations'],
      admin: true,
      params: Obj({ id: Id }),
      responses: {
        200: { description: 'Migration records', schema: Type.Array(MigrationRecordSchema) },
      },
      handler: async (c, { params, session }) =>
        c.json(await services.store.listMigrations(session.county.id, params.id)),
    }),
    defineRoute({
      method: 'get',
      path: '/definitions/:id/migrations/:planId',
      operationId: 'getMigration',
      summary: 'One migration’s progress: counts, failures, status',
      tags: ['migrations'],
      admin: true,
      params: Obj({ id: Id, planId: Id }),
      responses: { 200: { description: 'The migration record', schema: MigrationRecordSchema } },
      handler: async (c, { params, session }) => {
        const countyId = session.county.id;
        const record =
          jobs.running(countyId, params.planId) ??
          (await services.store.getMigration(countyId, params.planId));
        if (!record || record.definitionId !== params.id) {
          throw gridcaseError('migration.notFound', { planId: params.planId });
        }
        return c.json(record);
      },
    }),
  ];
}
