import type {
  AttachmentMeta,
  AuditEntry,
  CaseCommit,
  Comment,
  County,
  DeadlineRef,
  DefinitionVersion,
  MigrationRecord,
  User,
  WebhookSubscription,
} from '../types';

/**
 * One journal line's op. `n` is its lsn (1, 2, ...), checked on replay. Every write of the
 * store is one op, so the journal replays to exactly the state that was acknowledged.
 */
export type LowdbOp = { n: number } & (
  | { t: 'county'; v: County }
  | { t: 'user'; v: User }
  | { t: 'draft'; v: DefinitionVersion }
  | { t: 'publish'; v: DefinitionVersion; audit: AuditEntry[] }
  | { t: 'commit'; v: CaseCommit; audit: AuditEntry[] }
  | { t: 'comment'; v: Comment; audit: AuditEntry[] }
  | { t: 'attachment'; v: AttachmentMeta; audit: AuditEntry[] }
  | { t: 'audit'; audit: AuditEntry[] }
  | { t: 'outboxClaim'; ids: string[]; lockedUntil: string }
  | { t: 'outboxSent'; id: string; at: string }
  | { t: 'deadlinesFired'; rows: DeadlineRef[]; at: string }
  | { t: 'outboxFailed'; id: string; error: string; nextAttemptAt: string }
  | { t: 'webhook'; v: WebhookSubscription }
  | { t: 'webhookDelete'; countyId: string; id: string }
  | { t: 'idempotencyPrune'; before: string }
  | { t: 'migration'; v: MigrationRecord }
);

/** An op before it has its lsn. */
export type LowdbOpDraft = LowdbOp extends infer O
  ? O extends LowdbOp
    ? Omit<O, 'n'>
    : never
  : never;

/** History entries, audit entries: `lsn * 1024 + index in the op`. */
export const REF_SLOTS = 1024;

/**
 * Packs a reference to the `index`-th item of line `lsn`.
 *
 * @example
 * ```ts
 * unpackRef(packRef(7, 2)); // { lsn: 7, index: 2 }
 * ```
 */
export const packRef = (lsn: number, index: number): number => lsn * REF_SLOTS + index;

/** The inverse of {@link packRef}. */
export const unpackRef = (ref: number): { lsn: number; index: number } => ({
  lsn: Math.floor(ref / REF_SLOTS),
  index: ref % REF_SLOTS,
});
