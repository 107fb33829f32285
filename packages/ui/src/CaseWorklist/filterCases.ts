import { isPastDue } from '@gridcase/engine';
import type { CaseQuery, CaseSummary, ListResult } from '../client/types';

function compareIso(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * Applies a `CaseQuery` to cases held in memory, as the server does for `GET /cases`: filters,
 * sorts, then cuts the page at `offset`/`limit`. The worklist uses it when given all cases as
 * props; an in-memory adapter can use it too.
 *
 * @example
 * ```ts
 * const page = filterCases(cases, { overdue: true, limit: 20 }, new Date());
 * page.total; // how many are overdue
 * ```
 */
export function filterCases(
  cases: readonly CaseSummary[],
  query: CaseQuery,
  now: Date,
): ListResult<CaseSummary> {
  const q = query.q?.trim().toLowerCase();
  let items = cases.filter((c) => {
    if (query.caseType && c.caseType !== query.caseType) return false;
    if (query.status && c.status !== query.status) return false;
    if (query.stage && !c.stages.some((s) => s.id === query.stage)) return false;
    if (query.areaId && !c.areaPath.includes(query.areaId)) return false;
    if (query.assignee && c.assignee?.userId !== query.assignee) return false;
    if (query.overdue && !(c.status === 'active' && isPastDue(c.dueAt, now))) return false;
    if (query.dueBefore && !(c.dueAt && c.dueAt < query.dueBefore)) return false;
    if (q && !`${c.id} ${c.title ?? ''}`.toLowerCase().includes(q)) return false;
    return true;
  });
  if (query.sort) {
    const key = query.sort === 'due' ? 'dueAt' : query.sort;
    const dir = query.order === 'desc' ? -1 : 1;
    items = [...items].sort((a, b) => dir * compareIso(a[key], b[key]));
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? items.length;
  return { items: items.slice(offset, offset + limit), total: items.length };
}
