import { DEFAULT_TEXT_FIELDS } from '../../query';
import type { CaseQuery } from '../../types';

/** A `CaseQuery` as SQL over `gc_cases`: the WHERE clause, ORDER BY and its parameters. */
export interface CaseQuerySql {
  where: string;
  orderBy: string;
  values: unknown[];
}

/**
 * Translates a case query into SQL served by the indexed columns: `withinAreas` and `areaId`
 * by the GIN index on `area_path`, `stage` by the one on `stages`, the rest by btree indexes
 * per county. `text` is a case-insensitive substring test over the id and the named
 * `context.data` fields (strings and numbers only), as in the memory store. Sorting follows
 * `sortCaseEntries`: ties by id, cases without a due date last.
 *
 * @example
 * ```ts
 * const { where, orderBy, values } = caseQuerySql({ countyId: 'c1', stage: 'd.open' });
 * await pool.query(`SELECT doc FROM gc_cases WHERE ${where} ORDER BY ${orderBy}`, values);
 * ```
 */
export function caseQuerySql(query: CaseQuery): CaseQuerySql {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where = [`county_id = ${param(query.countyId)}`];
  if (query.afterId !== undefined) where.push(`id > ${param(query.afterId)}`);
  const equal = (column: string, value: unknown) => {
    if (value !== undefined) where.push(`${column} = ${param(value)}`);
  };
  if (query.withinAreas) where.push(`area_path && ${param(query.withinAreas)}::text[]`);
  if (query.areaId !== undefined) where.push(`area_path @> ${param([query.areaId])}::text[]`);
  if (query.stage !== undefined) where.push(`stages @> ${param([query.stage])}::text[]`);
  equal('case_type', query.caseType);
  equal('status', query.status);
  equal('assignee_user_id', query.assigneeUserId);
  equal('assignee_role', query.assigneeRole);
  equal('definition_id', query.definitionId);
  equal('definition_version', query.definitionVersion);
  for (const bound of [query.dueBefore, query.overdueAt]) {
    if (bound !== undefined) where.push(`due_at < ${param(bound)}`);
  }
  if (query.text) {
    const needle = param(query.text.toLowerCase());
    const fields = param([...(query.textFields ?? DEFAULT_TEXT_FIELDS)]);
    where.push(`(strpos(lower(id), ${needle}) > 0 OR EXISTS (
      SELECT 1 FROM unnest(${fields}::text[]) AS f(name)
      WHERE jsonb_typeof(doc->'context'->'data'->f.name) IN ('string', 'number')
        AND strpos(lower(doc->'context'->'data'->>f.name), ${needle}) > 0))`);
  }
  const sort = query.sort ?? 'updatedAt';
  const asc = (query.order ?? (sort === 'due' || sort === 'id' ? 'asc' : 'desc')) === 'asc';
  const direction = asc ? 'ASC' : 'DESC';
  const column = sort === 'due' ? 'due_at' : sort === 'createdAt' ? 'created_at' : 'updated_at';
  return {
    where: where.join(' AND '),
    orderBy:
      sort === 'id' ? `id ${direction}` : `${column} ${direction} NULLS LAST, id ${direction}`,
    values,
  };
}
