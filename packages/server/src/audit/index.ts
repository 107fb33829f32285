export {
  type AuditHead,
  chainAudit,
  EMPTY_AUDIT_HEAD,
  GENESIS_HASH,
  hashAuditEntry,
} from './auditChain';
export { canonicalJson } from './canonicalJson';
export { type AuditBreak, type AuditVerdict, verifyAudit, verifyAuditChain } from './verifyAudit';
