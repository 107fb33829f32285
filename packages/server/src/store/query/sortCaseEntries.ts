import type { CaseQuery, Page } from '../types';
import type { CaseIndexEntry } from './caseIndexEntry';

/**
 * Sorts index entries as a query asks, in place: by `updatedAt` (default), `createdAt`, `due`
 * or `id`; `desc` by default for timestamps and `asc` for due and id; cases without a due date
 * last; ties by case id so pages are stable.
 *
 * @example
 * ```ts
 * sortCaseEntries(entries, { countyId: 'c1', sort: 'due' }); // most urgent first
 * ```
 */
export function sortCaseEntries<T extends CaseIndexEntry>(
  entries: T[],
  query: Pick<CaseQuery, 'sort' | 'order'>,
): T[] {
  const sort = query.sort ?? 'updatedAt';
  const ascending = sort === 'due' || sort === 'id';
  const direction = (query.order ?? (ascending ? 'asc' : 'desc')) === 'asc' ? 1 : -1;
  const keyOf = (entry: T) =>
    sort === 'id'
      ? entry.id
      : sort === 'due'
        ? entry.dueAt
        : sort === 'createdAt'
          ? entry.createdAt
          : entry.updatedAt;
  return entries.sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      return ka < kb ? -direction : direction;
    }
    return a.id < b.id ? -direction : a.id > b.id ? direction : 0;
  });
}

/**
 * The page a query asks for: `offset` (default 0) and `limit` (default all), plus the total.
 *
 * @example
 * ```ts
 * pageOf(sorted, { offset: 20, limit: 20 }); // { items: sorted.slice(20, 40), total: sorted.length }
 * ```
 */
export function pageOf<T>(items: T[], query: Pick<CaseQuery, 'offset' | 'limit'>): Page<T> {
  const offset = Math.max(0, query.offset ?? 0);
  const end = query.limit === undefined ? items.length : offset + Math.max(0, query.limit);
  return { items: items.slice(offset, end), total: items.length };
}
