import type { CaseStore, MigrationRecord } from '../../types';
import type { PgContext } from '../db/pgContext';

type MigrationMethods = Pick<CaseStore, 'putMigration' | 'getMigration' | 'listMigrations'>;

/**
 * Migration records on PostgreSQL: one row per county and plan id, the record as `json`.
 *
 * @example
 * ```ts
 * await pgMigrations(ctx).putMigration(record);
 * ```
 */
export function pgMigrations(ctx: PgContext): MigrationMethods {
  return {
    async putMigration(record) {
      await ctx.db().query(
        `INSERT INTO gc_case_migrations (county_id, id, definition_id, started_at, doc)
         VALUES ($1, $2, $3, $4, $5::json)
         ON CONFLICT (county_id, id) DO UPDATE SET
           definition_id = EXCLUDED.definition_id, started_at = EXCLUDED.started_at, doc = EXCLUDED.doc`,
        [record.countyId, record.id, record.definitionId, record.startedAt, ctx.json(record)],
        'write',
      );
    },
    async getMigration(countyId, id) {
      const { rows } = await ctx
        .db()
        .query<{ doc: MigrationRecord }>(
          'SELECT doc FROM gc_case_migrations WHERE county_id = $1 AND id = $2',
          [countyId, id],
        );
      return rows[0]?.doc;
    },
    async listMigrations(countyId, definitionId) {
      const { rows } = await ctx.db().query<{ doc: MigrationRecord }>(
        `SELECT doc FROM gc_case_migrations
         WHERE county_id = $1 AND ($2::text IS NULL OR definition_id = $2)
         ORDER BY started_at, id`,
        [countyId, definitionId ?? null],
      );
      return rows.map((row) => row.doc);
    },
  };
}
