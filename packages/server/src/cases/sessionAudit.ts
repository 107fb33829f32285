import type { AuditDraft } from '../store/types';
import type { Session } from '../types';

/**
 * An audit entry for something a signed-in user did on a case.
 *
 * @example
 * ```ts
 * await store.appendAudit([sessionAudit(session, at, 'pii.reveal', caseId, { purpose })]);
 * ```
 */
export const sessionAudit = (
  session: Session,
  at: string,
  action: string,
  caseId: string,
  detail: Record<string, unknown>,
): AuditDraft => ({
  at,
  countyId: session.county.id,
  actor: { userId: session.user.id },
  action,
  caseId,
  detail,
});
