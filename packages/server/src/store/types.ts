/**
 * The one storage contract. Memory, lowdb and PostgreSQL stores implement it and pass
 * the same contract suite (`contract.suite.ts`). The HTTP layer speaks only to this.
 *
 * Rules every implementation keeps:
 * - `commit()` is atomic: the case, its history, deadline changes, outbox rows, audit
 *   entries and the idempotency record land together or not at all, and are durable
 *   (on disk / committed) before the returned promise resolves.
 * - `commit()` checks the case version (optimistic concurrency) and the idempotency key.
 * - Nothing read from a store aliases its internal state: callers may mutate results, and
 *   mutating an argument after a call does not change what was stored.
 * - Stored values are JSON: they read back as `JSON.parse(JSON.stringify(value))` would give.
 *   A value nested deeper than the store's limit (default 64) or holding non-JSON (bigint,
 *   NaN, a cycle) is refused with `store.valueRejected` before anything is stored.
 * - Methods called before `open()` or after `close()` reject with `store.unavailable`.
 * - Times are ISO-8601 UTC strings from `Date.prototype.toISOString()`; the store compares
 *   them as text.
 *
 * Errors are `GridcaseError`s from the engine's catalog: `store.valueRejected`,
 * `store.invalidCommit` (a commit that breaks the rules on {@link CaseCommit}: a bug),
 * `store.writeFailed` (the disk refused; nothing changed), `store.locked`, `store.corrupt`,
 * `store.unavailable`.
 */
import type {
  AreaLevel,
  CaseRecord,
  Deadline,
  HistoryEntry,
  MigrationPlan,
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

/** Names one deadline row. */
export type DeadlineRef = Pick<DeadlineRow, 'countyId' | 'caseId' | 'id'>;

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

/**
 * `hash = sha256(canonicalJSON(entry without hash))`, i.e. over `{ seq, at, countyId, actor,
 * action, caseId, detail, prevHash }`; the first entry's `prevHash` is 64 zeros. Seq is one
 * sequence per store (all counties), from 1, in commit order. See `audit/` for the code.
 */
export interface AuditEntry extends AuditDraft {
  seq: number;
  prevHash: string;
  hash: string;
}

/** A case that a migration pass could not move (it stays on its old version). */
export interface MigrationFailure {
  caseId: string;
  stages: string[];
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * One migration of running cases between two versions of a definition, by one plan (its id is
 * the plan's): progress that can be polled, and what a resumed apply continues from.
 */
export interface MigrationRecord {
  countyId: string;
  /** The plan's id. */
  id: string;
  definitionId: string;
  fromVersion: number;
  toVersion: number;
  plan: MigrationPlan;
  /** sha256 of the canonical plan: the same id with another plan is refused. */
  planHash: string;
  /** `running` while a pass works (or until a stopped one is resumed), then `done`. */
  status: 'running' | 'done' | 'stopped';
  startedBy: string;
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
  /** Apply passes started: the first, and one per resume or re-run. */
  passes: number;
  /** Cases the migration covers: migrated before this pass, plus running on the old version at its start. */
  total: number;
  /** Cases this plan moved to the new version (all passes). */
  migrated: number;
  /** Cases of this pass found already migrated (by an interrupted batch). */
  skipped: number;
  /** Cases of this pass that could not move (see `failures`). */
  failed: number;
  /** The failures of this pass (at most 1,000 listed; `failed` counts all). */
  failures: MigrationFailure[];
  /** The last case id (in id order) this pass has finished with: a resume continues after it. */
  cursor?: string;
  /** The batch being committed, written before it (a resume checks each of them). */
  inFlight?: string[];
  /** Why the last pass stopped early. */
  error?: { code: string; message: string };
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

/**
 * Rules a commit keeps (else `commit()` throws `store.invalidCommit`):
 * - `case.version === (expectedVersion ?? 0) + 1`;
 * - every history entry is about this case, their `seq`s increase, the first is above the
 *   last stored seq of the case, and none is above `case.version`;
 * - deadline and outbox rows carry the case's `countyId` (deadlines also its `caseId`).
 *
 * Check order: a known idempotency key wins (`duplicateIdempotencyKey`, nothing applied), then
 * `caseExists` (expectedVersion null but the case exists), then `versionConflict` (the stored
 * version differs from `expectedVersion`; `currentVersion` is 0 when there is no such case).
 */
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
  /**
   * Case-insensitive substring match over the case id and the string (or number) values of
   * `context.data[field]` for each field in `textFields`.
   */
  text?: string;
  /**
   * The `context.data` fields `text` reads. Pass only non-personal fields (never `x-pii` ones:
   * searching them would reveal who is in which case). Default `['title', 'summary', 'category']`.
   */
  textFields?: string[];
  definitionId?: string;
  definitionVersion?: number;
  /** Default 0. */
  offset?: number;
  /** Default: no limit (the HTTP layer caps pages). */
  limit?: number;
  /**
   * Only cases whose id sorts after this one (code-unit order): keyset paging with
   * `sort: 'id'`, stable while the cases of earlier pages change.
   */
  afterId?: string;
  /**
   * Default `updatedAt`. `due` sorts cases without an open breach deadline last; `id` is
   * code-unit order (ascending by default).
   */
  sort?: 'updatedAt' | 'createdAt' | 'due' | 'id';
  /** Default `desc` for the timestamps, `asc` for `due` and `id`. Ties break by case id. */
  order?: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** The parts of a case that key figures read: a projection, small even for many cases. */
export interface CaseFactsRecord {
  id: string;
  countyId: string;
  areaPath: string[];
  definition: { id: string; version: number };
  status: CaseRecord['status'];
  createdAt: string;
  closedAt?: string;
  context: {
    /** Only `satisfaction` (the follow-up visit's answer), when the case has one. */
    data: { satisfaction?: unknown };
    outcome?: string;
    supervision: number;
    coHandlers: Array<{ agency: string }>;
  };
}

/** One case as key figures (KPIs) see it, with two facts taken from its history. */
export interface CaseFacts {
  record: CaseFactsRecord;
  /** Some stage deadline was breached: a `deadline.breach` entry in the history. */
  breached: boolean;
  /**
   * Active and past a deadline in its current stage at the given time: an open breach
   * deadline due before it, or a `deadline.breach` after the last entry that changed stages.
   */
  overdueNow: boolean;
}

// ---------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------

export interface CaseStore {
  /** Opens the store; a lowdb store takes the data-directory lock here. */
  open(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `work` while holding a lock on `key` that every process sharing the store respects
   * (PostgreSQL: a session advisory lock), e.g. to run the commands of one case one at a time
   * across server processes. Single-process stores leave it out: an in-process mutex suffices.
   */
  withLock?<T>(key: string, work: () => Promise<T>): Promise<T>;

  // tenants
  putCounty(county: County): Promise<void>;
  getCounty(id: string): Promise<County | undefined>;
  listCounties(): Promise<County[]>;
  putUser(user: User): Promise<void>;
  getUser(id: string): Promise<User | undefined>;
  listUsers(countyId: string): Promise<User[]>;

  // definitions
  /** Stores (replaces) the one draft of a definition; `version` 0 and status `draft` are forced. */
  saveDraft(draft: DefinitionVersion): Promise<void>;
  /**
   * Atomically assigns the next version number (1, 2, ... per county and definition id) and
   * stores it published, with `definition.version` set to it and `publishedAt` defaulting to
   * `audit.at`; appends the audit entry in the same write. The draft stays.
   */
  publishDefinition(
    draft: Omit<DefinitionVersion, 'version' | 'status'>,
    audit: AuditDraft,
  ): Promise<DefinitionVersion>;
  getDefinition(
    countyId: string,
    definitionId: string,
    version: number | 'latest' | 'draft',
  ): Promise<DefinitionVersion | undefined>;
  /** Drafts and published versions of a county, by definition id then version (draft first). */
  listDefinitions(countyId: string): Promise<DefinitionVersion[]>;

  // cases
  commit(commit: CaseCommit): Promise<CommitResult>;
  getCase(countyId: string, caseId: string): Promise<CaseRecord | undefined>;
  listCases(query: CaseQuery): Promise<Page<CaseRecord>>;
  getHistory(countyId: string, caseId: string): Promise<HistoryEntry[]>;
  /**
   * Key-figure facts of every case matching `query` (its `offset`, `limit` and sort apply as in
   * `listCases`), judged at `nowIso`. A database store answers it in one query, without
   * loading documents and histories case by case.
   */
  caseFacts(query: CaseQuery, nowIso: string): Promise<CaseFacts[]>;
  getIdempotency(key: string): Promise<IdempotencyRecord | undefined>;
  /**
   * Stored idempotency records in key order, the first `limit` after `afterKey` (all when
   * absent): for moving a store (`gridcase migrate-store`) and for audits of retries.
   */
  listIdempotency(afterKey: string | undefined, limit: number): Promise<IdempotencyRecord[]>;
  /**
   * Forgets idempotency records whose `at` is before `beforeIso` (keep at least 7 days:
   * offline phones retry late). Returns how many were removed.
   */
  pruneIdempotency(beforeIso: string): Promise<number>;

  // comments and attachments (metadata; bytes live in the attachment blob store), oldest first
  addComment(comment: Comment, audit: AuditDraft): Promise<void>;
  listComments(countyId: string, caseId: string): Promise<Comment[]>;
  addAttachment(meta: AttachmentMeta, audit: AuditDraft): Promise<void>;
  listAttachments(countyId: string, caseId: string): Promise<AttachmentMeta[]>;
  /**
   * Stores attachment bytes durably under `id` (letters, digits, `-`, `_`, `.`; 1-128
   * characters, not starting with `.`; else `store.valueRejected`). Put the blob before the
   * attachment's metadata.
   */
  putBlob(id: string, bytes: Uint8Array): Promise<void>;
  getBlob(id: string): Promise<Uint8Array | undefined>;

  // deadlines: due rows not yet fired, earliest first
  dueDeadlines(nowIso: string, limit: number): Promise<DeadlineRow[]>;
  /**
   * Claims up to `limit` unfired rows due at `nowIso` that no scheduler holds (never claimed,
   * or their lease ran out), earliest first, and holds them until `nowIso + leaseMs`. With
   * several server processes on one store each due row goes to one of them at a time; a row
   * whose lease runs out unfired is claimable again. Firing it (`deadlinesFired`) ends it.
   */
  claimDueDeadlines(nowIso: string, limit: number, leaseMs: number): Promise<DeadlineRow[]>;
  /** The earliest `dueAt` of an unfired deadline, for the scheduler's next wake-up. */
  nextDeadlineAt(): Promise<string | undefined>;
  /**
   * Ends deadline rows that can never fire (their case left the stage, closed or is gone), on
   * disk before it resolves, without a case commit: after a restart they are neither claimed
   * nor waited for again. A row fires with its effects through `commit` (`deadlinesFired`);
   * this is only for rows the engine refused as stale. Unknown or fired rows are ignored.
   */
  markDeadlinesFired(rows: DeadlineRef[], firedAt: string): Promise<void>;

  // outbox
  /**
   * Claims up to `limit` unsent rows with `nextAttemptAt <= nowIso` whose lease is free
   * (`lockedUntil` absent or `<= nowIso`), earliest `nextAttemptAt` first, and locks them until
   * `nowIso + leaseMs`. A row whose lease runs out is claimable again (at-least-once).
   */
  claimOutbox(nowIso: string, limit: number, leaseMs: number): Promise<OutboxRow[]>;
  /**
   * Unsent outbox rows (due or not, leased or not) in id order, the first `limit` after
   * `afterId` (all when absent): for moving a store and for operators looking at stuck rows.
   */
  listOutbox(afterId: string | undefined, limit: number): Promise<OutboxRow[]>;
  /** Marks a row delivered (`sentAt`; attempts + 1; lease cleared); it is never claimed again. */
  markOutboxSent(id: string, atIso: string): Promise<void>;
  /** Records a failed attempt (attempts + 1, `lastError`, lease cleared) and when to retry. */
  markOutboxFailed(id: string, error: string, nextAttemptAt: string): Promise<void>;
  putWebhook(sub: WebhookSubscription): Promise<void>;
  listWebhooks(countyId: string): Promise<WebhookSubscription[]>;
  deleteWebhook(countyId: string, id: string): Promise<void>;

  // migrations of running cases between definition versions (progress records)
  /** Stores (replaces) a migration record, durably. */
  putMigration(record: MigrationRecord): Promise<void>;
  getMigration(countyId: string, id: string): Promise<MigrationRecord | undefined>;
  /** A county's migration records (of one definition when given), oldest start first, then id. */
  listMigrations(countyId: string, definitionId?: string): Promise<MigrationRecord[]>;

  // audit
  appendAudit(drafts: AuditDraft[]): Promise<AuditEntry[]>;
  /** Entries in seq order from `fromSeq` (inclusive, default 1); `limit` default: all. */
  readAudit(fromSeq?: number, limit?: number): Promise<AuditEntry[]>;
  /** The last entry's seq and hash (`{ seq: 0, hash: 64 zeros }` when empty): anchor it outside. */
  auditHead(): Promise<{ seq: number; hash: string }>;
}
