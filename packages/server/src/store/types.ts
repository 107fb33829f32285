/**
 * The one storage contract. Memory, lowdb and PostgreSQL stores implement it and pass
 * the same contract suite (`contract.suite.ts`). The HTTP layer speaks only to this.
 *
 * Rules every implementation keeps:
 * - `commit()` is atomic: the case, its history, deadline changes, outbox rows, audit
 *   entries and the idempotency record land together or not at all, and are durable
 *   (on disk / committed) before the returned promise resolves.
 * - `commit()` checks the case version (optimistic concurrency) and the idempotency key.
 * - Nothing read from a store aliases its internal state: callers may mutate results.
 */
import type {
  AreaLevel,
  CaseRecord,
  Deadline,
  HistoryEntry,
  RoleAssignment,
  WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';

// ---------------------------------------------------------------------------
// Tenants: counties, their areas, agencies and users
// ---------------------------------------------------------------------------

export interface Area {
  id: string;
  name: LocalizedText;
  level: AreaLevel;
  /** Absent for the county itself. */
  parentId?: string;
}

export interface Agency {
  id: string;
  name: LocalizedText;
  /** police station, justice office, law firm, department, mediation committee, ... */
  kind: string;
  /** The area the agency serves. */
  areaId: string;
}

export interface WorkCalendarConfig {
  /** Public holidays, `YYYY-MM-DD`, not worked even on weekdays. */
  holidays: string[];
  /** Make-up workdays (调休), `YYYY-MM-DD`, worked even on weekends. */
  workdays: string[];
}

export interface County {
  id: string;
  name: LocalizedText;
  areas: Area[];
  agencies: Agency[];
  roles: Record<string, { title: LocalizedText }>;
  calendar: WorkCalendarConfig;
  createdAt: string;
}

export interface User {
  id: string;
  countyId: string;
  name: string;
  /** Login name for the development sign-in; never a secret. */
  username: string;
  roles: RoleAssignment[];
  agencies: string[];
  /** Disabled users are refused on their next request. */
  disabled?: boolean;
}

// ---------------------------------------------------------------------------
// Workflow definitions: drafts and published versions
// ---------------------------------------------------------------------------

export interface DefinitionVersion {
  countyId: string;
  definitionId: string;
  /** 0 for the draft; 1, 2, ... for published versions (immutable once published). */
  version: number;
  status: 'draft' | 'published';
  definition: WorkflowDefinition;
  hash: string;
  savedAt: string;
  savedBy: string;
  publishedAt?: string;
}

// ---------------------------------------------------------------------------
// Case-side rows
// ---------------------------------------------------------------------------

export interface DeadlineRow extends Deadline {
  countyId: string;
  caseId: string;
  /** Set when the scheduler fired it; a fired deadline never fires again. */
  firedAt?: string;
}

export interface Comment {
  id: string;
  countyId: string;
  caseId: string;
  at: string;
  userId: string;
  userName?: string;
  text: string;
}

export interface AttachmentMeta {
  id: string;
  countyId: string;
  caseId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  at: string;
  userId: string;
}

export interface OutboxRow {
  id: string;
  countyId: string;
  caseId?: string;
  /** `webhook` rows are delivered by the dispatcher; `notify` rows by the notifier. */
  kind: 'webhook' | 'notify';
  /** Event name, e.g. `case.updated`. */
  event: string;
  payload: unknown;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  sentAt?: string;
  lastError?: string;
  /** Set while one worker holds the row. */
  lockedUntil?: string;
}

export interface WebhookSubscription {
  id: string;
  countyId: string;
  url: string;
  /** HMAC-SHA256 key for the `X-Gridcase-Signature` header. */
  secret: string;
  events: string[];
  createdAt: string;
}

/** An audit entry as written; the store fills `seq`, `prevHash` and `hash`. */
export interface AuditDraft {
  at: string;
  countyId: string;
  actor: { userId: string; system?: boolean };
  /** `case.command`, `case.create`, `pii.reveal`, `definition.publish`, `export.csv`, ... */
  action: string;
  caseId?: string;
  /** What was touched; never personal data values (field names only). */
  detail?: Record<string, unknown>;
}

/** `hash = sha256(canonicalJSON({ seq, at, countyId, actor, action, caseId, detail, prevHash }))`. */
export interface AuditEntry extends AuditDraft {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface IdempotencyRecord {
  /** Scoped by the caller: `${userId}:${Idempotency-Key}`. */
  key: string;
  /** sha256 of method + path + canonical body: the same key with another body is refused. */
  requestHash: string;
  status: number;
  body: unknown;
  at: string;
}

// ---------------------------------------------------------------------------
// The atomic unit of change
// ---------------------------------------------------------------------------

export interface CaseCommit {
  /** The case as it is after the command. */
  case: CaseRecord;
  /** `null` when the case is created by this commit; else the version it was read at. */
  expectedVersion: number | null;
  history: HistoryEntry[];
  deadlinesSet: DeadlineRow[];
  /** Deadline ids of this case to delete. */
  deadlinesCancel: string[];
  /** Deadline ids of this case to mark fired. */
  deadlinesFired?: string[];
  outbox: OutboxRow[];
  audit: AuditDraft[];
  idempotency?: IdempotencyRecord;
}

export type CommitResult =
  | { ok: true; audit: AuditEntry[] }
  | { ok: false; reason: 'versionConflict'; currentVersion: number }
  | { ok: false; reason: 'duplicateIdempotencyKey'; record: IdempotencyRecord }
  | { ok: false; reason: 'caseExists' };

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

export interface CaseQuery {
  countyId: string;
  /** Only cases whose `areaPath` contains one of these area ids (the caller's scope). */
  withinAreas?: string[];
  caseType?: string;
  /** Active leaf stage id, e.g. `dispute-mediation.mediation`. */
  stage?: string;
  status?: 'active' | 'done';
  /** Cases inside this area (its `areaPath` contains it). */
  areaId?: string;
  assigneeUserId?: string;
  assigneeRole?: string;
  /** Due (earliest open breach deadline) before this ISO time. */
  dueBefore?: string;
  /** Has an open breach deadline earlier than this ISO time (i.e. overdue at that time). */
  overdueAt?: string;
  /** Substring match over id, title-ish fields and non-personal data. */
  text?: string;
  definitionId?: string;
  definitionVersion?: number;
  offset?: number;
  limit?: number;
  sort?: 'updatedAt' | 'createdAt' | 'due';
  order?: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  total: number;
}

// ---------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------

export interface CaseStore {
  /** Opens the store; a lowdb store takes the data-directory lock here. */
  open(): Promise<void>;
  close(): Promise<void>;

  // tenants
  putCounty(county: County): Promise<void>;
  getCounty(id: string): Promise<County | undefined>;
  listCounties(): Promise<County[]>;
  putUser(user: User): Promise<void>;
  getUser(id: string): Promise<User | undefined>;
  listUsers(countyId: string): Promise<User[]>;

  // definitions
  saveDraft(draft: DefinitionVersion): Promise<void>;
  /** Atomically assigns the next version number and stores it published. */
  publishDefinition(
    draft: Omit<DefinitionVersion, 'version' | 'status'>,
    audit: AuditDraft,
  ): Promise<DefinitionVersion>;
  getDefinition(
    countyId: string,
    definitionId: string,
    version: number | 'latest' | 'draft',
  ): Promise<DefinitionVersion | undefined>;
  listDefinitions(countyId: string): Promise<DefinitionVersion[]>;

  // cases
  commit(commit: CaseCommit): Promise<CommitResult>;
  getCase(countyId: string, caseId: string): Promise<CaseRecord | undefined>;
  listCases(query: CaseQuery): Promise<Page<CaseRecord>>;
  getHistory(countyId: string, caseId: string): Promise<HistoryEntry[]>;
  getIdempotency(key: string): Promise<IdempotencyRecord | undefined>;

  // comments and attachments (metadata; bytes live in the attachment blob store)
  addComment(comment: Comment, audit: AuditDraft): Promise<void>;
  listComments(countyId: string, caseId: string): Promise<Comment[]>;
  addAttachment(meta: AttachmentMeta, audit: AuditDraft): Promise<void>;
  listAttachments(countyId: string, caseId: string): Promise<AttachmentMeta[]>;
  putBlob(id: string, bytes: Uint8Array): Promise<void>;
  getBlob(id: string): Promise<Uint8Array | undefined>;

  // deadlines: due rows not yet fired, earliest first
  dueDeadlines(nowIso: string, limit: number): Promise<DeadlineRow[]>;
  /** The earliest `dueAt` of an unfired deadline, for the scheduler's next wake-up. */
  nextDeadlineAt(): Promise<string | undefined>;

  // outbox
  /** Claims up to `limit` unsent rows due by `nowIso`, locking them for `leaseMs`. */
  claimOutbox(nowIso: string, limit: number, leaseMs: number): Promise<OutboxRow[]>;
  markOutboxSent(id: string, atIso: string): Promise<void>;
  markOutboxFailed(id: string, error: string, nextAttemptAt: string): Promise<void>;
  putWebhook(sub: WebhookSubscription): Promise<void>;
  listWebhooks(countyId: string): Promise<WebhookSubscription[]>;
  deleteWebhook(countyId: string, id: string): Promise<void>;

  // audit
  appendAudit(drafts: AuditDraft[]): Promise<AuditEntry[]>;
  /** Entries in seq order from `fromSeq` (inclusive). */
  readAudit(fromSeq?: number, limit?: number): Promise<AuditEntry[]>;
}
