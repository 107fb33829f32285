import type { CaseRecord, HistoryEntry } from '@gridcase/engine';
import type { CaseStore, IdempotencyRecord } from '../../types';
import type { PgContext } from '../db/pgContext';
import { pgCaseFacts } from './caseFactsSql';
import { caseQuerySql } from './caseQuerySql';
import { pgCommit } from './pgCommit';

type CaseMethods = Pick<
  CaseStore,
  | 'commit'
  | 'getCase'
  | 'listCases'
  | 'getHistory'
  | 'caseFacts'
  | 'getIdempotency'
  | 'listIdempotency'
  | 'pruneIdempotency'
>;

/**
 * Cases on PostgreSQL: the commit transaction, reads, and lists answered by SQL (filters,
 * sort, page and total in the database; only the page's documents travel).
 *
 * @example
 * ```ts
 * const cases = pgCases(ctx);
 * const page = await cases.listCases({ countyId: 'c1', withinAreas: ['t1'], sort: 'due', limit: 20 });
 * ```
 */
export function pgCases(ctx: PgContext): CaseMethods {
  return {
    commit: (input) => pgCommit(ctx, input),
    async getCase(countyId, caseId) {
      const { rows } = await ctx
        .db()
        .query<{ doc: CaseRecord }>('SELECT doc FROM gc_cases WHERE county_id = $1 AND id = $2', [
          countyId,
          caseId,
        ]);
      return rows[0]?.doc;
    },
    async listCases(query) {
      const db = ctx.db();
      const { where, orderBy, values } = caseQuerySql(query);
      const offset = Math.max(0, query.offset ?? 0);
      const limit = query.limit === undefined ? null : Math.max(0, query.limit);
      const n = values.length;
      const { rows } = await db.query<{ doc: CaseRecord; total: string }>(
        `SELECT doc, count(*) OVER () AS total FROM gc_cases WHERE ${where}
         ORDER BY ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...values, limit, offset],
      );
      if (rows.length > 0)
        return { items: rows.map((row) => row.doc), total: Number(rows[0]!.total) };
      if (offset === 0 && limit !== 0) return { items: [], total: 0 };
      const counted = await db.query<{ total: string }>(
        `SELECT count(*) AS total FROM gc_cases WHERE ${where}`,
        values,
      );
      return { items: [], total: Number(counted.rows[0]?.total ?? 0) };
    },
    caseFacts: (query, nowIso) => pgCaseFacts(ctx, query, nowIso),
    async getHistory(countyId, caseId) {
      const { rows } = await ctx
        .db()
        .query<{ entry: HistoryEntry }>(
          'SELECT entry FROM gc_history WHERE county_id = $1 AND case_id = $2 ORDER BY seq',
          [countyId, caseId],
        );
      return rows.map((row) => row.entry);
    },
    async getIdempotency(key) {
      const { rows } = await ctx
        .db()
        .query<{ record: IdempotencyRecord }>('SELECT record FROM gc_idempotency WHERE key = $1', [
          key,
        ]);
      return rows[0]?.record;
    },
    async listIdempotency(afterKey, limit) {
      const { rows } = await ctx
        .db()
        .query<{ record: IdempotencyRecord }>(
          'SELECT record FROM gc_idempotency WHERE $1::text IS NULL OR key > $1 ORDER BY key LIMIT $2',
          [afterKey ?? null, Math.max(0, limit)],
        );
      return rows.map((row) => row.record);
    },
    async pruneIdempotency(beforeIso) {
      const { rowCount } = await ctx
        .db()
        .query('DELETE FROM gc_idempotency WHERE at < $1', [beforeIso], 'write');
      return rowCount ?? 0;
    },
  };
}
