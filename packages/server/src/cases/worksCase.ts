import { availableActions, type CaseRecord, type WorkflowDefinition } from '@gridcase/engine';
import type { Session } from '../types';

/**
 * Whether the caller works this case (and so may see its personal data unmasked): the
 * assignee, a holder of the assignee's role in an area on the case's path, an agency co-handling
 * it, or anyone who may act on it now. Seeing a case (being in its area) is not enough.
 *
 * @example
 * ```ts
 * if (!worksCase(session, record, pinned.definition)) throw gridcaseError('pii.forbidden');
 * ```
 */
export function worksCase(
  session: Session,
  record: CaseRecord,
  definition: WorkflowDefinition,
): boolean {
  const { user } = session;
  const assignee = record.context.assignee;
  if (assignee?.userId === user.id) return true;
  if (assignee && !assignee.userId) {
    if (user.roles.some((r) => r.role === assignee.role && record.areaPath.includes(r.areaId)))
      return true;
  }
  if (record.context.coHandlers.some((co) => user.agencies.includes(co.agency))) return true;
  return (
    record.status === 'active' && availableActions(definition, record, session.actor).length > 0
  );
}
