import type { CaseFacts, CaseQuery } from '../../types';
import type { PgContext } from '../db/pgContext';
import { caseQuerySql } from './caseQuerySql';

interface FactsRow {
  id: string;
  county_id: string;
  area_path: string[];
  definition_id: string;
  definition_version: number;
  status: CaseFacts['record']['status'];
  created_at: string;
  closed_at: string | null;
  has_satisfaction: boolean;
  satisfaction: unknown;
  outcome: string | null;
  supervision: number | null;
  agencies: string[];
  breached: boolean;
  overdue_now: boolean;
}

const factsOf = (row: FactsRow): CaseFacts => ({
  record: {
    id: row.id,
    countyId: row.county_id,
    areaPath: row.area_path,
    definition: { id: row.definition_id, version: row.definition_version },
    status: row.status,
    createdAt: row.created_at,
    ...(row.closed_at === null ? {} : { closedAt: row.closed_at }),
    context: {
      data: row.has_satisfaction ? { satisfaction: row.satisfaction } : {},
      ...(row.outcome === null ? {} : { outcome: row.outcome }),
      supervision: row.supervision ?? 0,
      coHandlers: row.agencies.map((agency) => ({ agency })),
    },
  },
  breached: row.breached,
  overdueNow: row.overdue_now,
});

/**
 * `CaseStore.caseFacts` in one query: the projection key figures read, taken from the case
 * document's columns and paths (never the whole document), and the two history facts from the
 * generated `action` / `moved` columns of `gc_history` (partial indexes), per case.
 *
 * @example
 * ```ts
 * const facts = await pgCaseFacts(ctx, { countyId: 'c1', withinAreas: ['t1'] }, nowIso);
 * ```
 */
export async function pgCaseFacts(
  ctx: PgContext,
  query: CaseQuery,
  nowIso: string,
): Promise<CaseFacts[]> {
  const { where, orderBy, values } = caseQuerySql(query);
  const n = values.length;
  const offset = Math.max(0, query.offset ?? 0);
  const limit = query.limit === undefined ? null : Math.max(0, query.limit);
  const { rows } = await ctx.db().query<FactsRow>(
    `SELECT c.id, c.county_id, c.area_path, c.definition_id, c.definition_version, c.status,
       c.created_at, c.doc->>'closedAt' AS closed_at,
       c.doc->'context'->'data' ? 'satisfaction' AS has_satisfaction,
       c.doc->'context'->'data'->'satisfaction' AS satisfaction,
       c.doc->'context'->>'outcome' AS outcome,
       (c.doc->'context'->>'supervision')::integer AS supervision,
       ARRAY(SELECT h->>'agency' FROM jsonb_array_elements(
         CASE WHEN jsonb_typeof(c.doc->'context'->'coHandlers') = 'array'
           THEN c.doc->'context'->'coHandlers' ELSE '[]'::jsonb END) AS h) AS agencies,
       EXISTS (SELECT 1 FROM gc_history b WHERE b.county_id = c.county_id AND b.case_id = c.id
         AND b.action = 'deadline.breach') AS breached,
       c.status = 'active' AND c.due_at < $${n + 1} AS overdue_now
     FROM gc_cases c WHERE ${where}
     ORDER BY ${orderBy} LIMIT $${n + 2} OFFSET $${n + 3}`,
    [...values, nowIso, limit, offset],
  );
  return rows.map(factsOf);
}
