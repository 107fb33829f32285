import { availableActions, type CaseRecord } from '@gridcase/engine';
import type { DefinitionVersion } from '../store/types';
import type { Caller } from './caller';
import { type CaseView, toView } from './caseView';

/**
 * The case as this caller sees it, with the actions the caller may take now.
 *
 * @example
 * ```ts
 * return c.json(viewFor(record, pinned, callerOf(session), await peopleOf(store, record)));
 * ```
 */
export function viewFor(
  record: CaseRecord,
  pinned: DefinitionVersion,
  caller: Caller,
  people: Record<string, string> = {},
): CaseView {
  const actions = caller.actor.system
    ? []
    : availableActions(pinned.definition, record, caller.actor);
  return toView(record, pinned, caller.county, actions, people);
}
