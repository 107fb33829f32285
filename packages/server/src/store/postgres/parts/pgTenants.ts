import type { CaseStore, County, DefinitionVersion, User } from '../../types';
import type { PgContext } from '../db/pgContext';
import { appendAuditTx, lockAuditHead } from './pgAudit';

type TenantMethods = Pick<
  CaseStore,
  | 'putCounty'
  | 'getCounty'
  | 'listCounties'
  | 'putUser'
  | 'getUser'
  | 'listUsers'
  | 'saveDraft'
  | 'publishDefinition'
  | 'getDefinition'
  | 'listDefinitions'
>;

/**
 * Counties, users and workflow definitions on PostgreSQL. Publishing takes the audit chain's
 * head lock first, so concurrent publishers (any process) get versions 1, 2, ... in turn.
 *
 * @example
 * ```ts
 * const tenants = pgTenants(ctx);
 * await tenants.putCounty(county);
 * ```
 */
export function pgTenants(ctx: PgContext): TenantMethods {
  const docs = async <T>(text: string, values: unknown[]): Promise<T[]> =>
    (await ctx.db().query<{ doc: T }>(text, values)).rows.map((row) => row.doc);
  return {
    async putCounty(county) {
      await ctx.db().query(
        `INSERT INTO gc_counties (id, doc) VALUES ($1, $2::json)
           ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
        [county.id, ctx.json(county)],
        'write',
      );
    },
    getCounty: async (id) =>
      (await docs<County>('SELECT doc FROM gc_counties WHERE id = $1', [id]))[0],
    listCounties: () => docs<County>('SELECT doc FROM gc_counties ORDER BY id', []),
    async putUser(user) {
      await ctx.db().query(
        `INSERT INTO gc_users (id, doc) VALUES ($1, $2::json)
           ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
        [user.id, ctx.json(user)],
        'write',
      );
    },
    getUser: async (id) => (await docs<User>('SELECT doc FROM gc_users WHERE id = $1', [id]))[0],
    listUsers: (countyId) =>
      docs<User>('SELECT doc FROM gc_users WHERE county_id = $1 ORDER BY id', [countyId]),
    async saveDraft(draft) {
      const row = { ...draft, version: 0, status: 'draft' as const };
      await ctx.db().query(
        `INSERT INTO gc_definitions (county_id, definition_id, version, doc)
           VALUES ($1, $2, 0, $3::json)
           ON CONFLICT (county_id, definition_id, version) DO UPDATE SET doc = EXCLUDED.doc`,
        [draft.countyId, draft.definitionId, ctx.json(row)],
        'write',
      );
    },
    async publishDefinition(draft, audit) {
      const [base, auditDraft] = ctx.copy([draft, audit] as const);
      return ctx.db().transaction(async (client) => {
        await lockAuditHead(client);
        const { rows } = await client.query<{ next: number }>(
          `SELECT coalesce(max(version), 0) + 1 AS next FROM gc_definitions
           WHERE county_id = $1 AND definition_id = $2`,
          [base.countyId, base.definitionId],
        );
        const version = rows[0]?.next ?? 1;
        const row: DefinitionVersion = {
          ...base,
          version,
          status: 'published',
          definition: { ...base.definition, version },
          publishedAt: base.publishedAt ?? auditDraft.at,
        };
        await client.query(
          `INSERT INTO gc_definitions (county_id, definition_id, version, doc)
           VALUES ($1, $2, $3, $4::json)`,
          [row.countyId, row.definitionId, version, JSON.stringify(row)],
        );
        await appendAuditTx(client, [auditDraft]);
        return row;
      });
    },
    async getDefinition(countyId, definitionId, version) {
      const which =
        version === 'latest'
          ? 'version = (SELECT max(version) FROM gc_definitions WHERE county_id = $1 AND definition_id = $2 AND version > 0)'
          : 'version = $3';
      const values = [countyId, definitionId];
      if (version !== 'latest') values.push(String(version === 'draft' ? 0 : version));
      const found = await docs<DefinitionVersion>(
        `SELECT doc FROM gc_definitions WHERE county_id = $1 AND definition_id = $2 AND ${which}`,
        values,
      );
      return found[0];
    },
    listDefinitions: (countyId) =>
      docs<DefinitionVersion>(
        'SELECT doc FROM gc_definitions WHERE county_id = $1 ORDER BY definition_id, version',
        [countyId],
      ),
  };
}
