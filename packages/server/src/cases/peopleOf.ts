import type { CaseRecord } from '@gridcase/engine';
import type { CaseStore } from '../store/types';

/**
 * Display names of the people a case names (its assignee), by user id, for the case view: a
 * user of another county is not named.
 *
 * @example
 * ```ts
 * await peopleOf(store, record); // { 'mediator-east': '孙调解员' }
 * ```
 */
export async function peopleOf(
  store: Pick<CaseStore, 'getUser'>,
  record: CaseRecord,
): Promise<Record<string, string>> {
  const people: Record<string, string> = {};
  const userId = record.context.assignee?.userId;
  if (userId) {
    const user = await store.getUser(userId);
    if (user && user.countyId === record.countyId) people[userId] = user.name;
  }
  return people;
}
