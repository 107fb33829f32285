import type { CaseRecord } from '@gridcase/engine';
import type { CaseQuery } from '../types';
import type { CaseIndexEntry } from './caseIndexEntry';

/** The `context.data` fields a text search reads when the query names none. */
export const DEFAULT_TEXT_FIELDS: readonly string[] = ['title', 'summary', 'category'];

/**
 * Whether an index entry passes every filter of a query except `text`.
 *
 * @example
 * ```ts
 * matchesCaseQuery(entry, { countyId: 'c1', withinAreas: ['township-1'], status: 'active' });
 * ```
 */
export function matchesCaseQuery(entry: CaseIndexEntry, query: CaseQuery): boolean {
  if (entry.countyId !== query.countyId) return false;
  if (query.afterId !== undefined && !(entry.id > query.afterId)) return false;
  if (query.withinAreas && !query.withinAreas.some((area) => entry.areaPath.includes(area))) {
    return false;
  }
  if (query.areaId !== undefined && !entry.areaPath.includes(query.areaId)) return false;
  if (query.caseType !== undefined && entry.caseType !== query.caseType) return false;
  if (query.stage !== undefined && !entry.stages.includes(query.stage)) return false;
  if (query.status !== undefined && entry.status !== query.status) return false;
  if (query.assigneeUserId !== undefined && entry.assigneeUserId !== query.assigneeUserId) {
    return false;
  }
  if (query.assigneeRole !== undefined && entry.assigneeRole !== query.assigneeRole) return false;
  if (query.definitionId !== undefined && entry.definitionId !== query.definitionId) return false;
  if (
    query.definitionVersion !== undefined &&
    entry.definitionVersion !== query.definitionVersion
  ) {
    return false;
  }
  for (const bound of [query.dueBefore, query.overdueAt]) {
    if (bound !== undefined && !(entry.dueAt !== undefined && entry.dueAt < bound)) return false;
  }
  return true;
}

/**
 * Whether a case matches a query's `text` (true when the query has none): a case-insensitive
 * substring of the case id or of a string/number in one of the query's `textFields`.
 *
 * @example
 * ```ts
 * matchesCaseText(caseRecord, { countyId: 'c1', text: '噪音' });
 * ```
 */
export function matchesCaseText(
  record: Pick<CaseRecord, 'id' | 'context'>,
  query: Pick<CaseQuery, 'text' | 'textFields'>,
): boolean {
  if (!query.text) return true;
  const needle = query.text.toLowerCase();
  if (record.id.toLowerCase().includes(needle)) return true;
  const data = record.context?.data ?? {};
  for (const field of query.textFields ?? DEFAULT_TEXT_FIELDS) {
    const value = Object.hasOwn(data, field) ? data[field] : undefined;
    if (
      (typeof value === 'string' || typeof value === 'number') &&
      String(value).toLowerCase().includes(needle)
    ) {
      return true;
    }
  }
  return false;
}
