/**
 * What the components read from and send to the gridcase server (see the HTTP API in
 * `docs/ui.md`). A host implements {@link GridcaseClient} with its own adapter, or uses
 * `createHttpClient` for the gridcase server.
 */
import type {
  Assignee,
  AvailableAction,
  CaseRecord,
  Deadline,
  HistoryEntry,
  MigrationDryRunReport,
  MigrationPlan,
  WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText, ValidationIssue } from '@gridcase/forms';

/** A page of a list: the items at `offset`, and how many match in all. */
export interface ListResult<T> {
  items: T[];
  total: number;
}

/** Filters of `GET /cases`; every field optional. */
export interface CaseQuery {
  caseType?: string;
  /** Active leaf stage id. */
  stage?: string;
  areaId?: string;
  /** A user id, or `me`. */
  assignee?: string;
  dueBefore?: string;
  overdue?: boolean;
  /** Free text over id and non-personal fields. */
  q?: string;
  status?: 'active' | 'done';
  offset?: number;
  limit?: number;
  sort?: 'updatedAt' | 'createdAt' | 'due';
  order?: 'asc' | 'desc';
}

/** Whose cases a worklist shows: the caller's own, the caller's roles', or the caller's areas'. */
export type WorklistScope = 'mine' | 'role' | 'area';

/** A stage of a case with its title, as the server sends it. */
export interface StageInfo {
  id: string;
  title: LocalizedText;
}

/** One row of a case list (personal data masked by the server). */
export interface CaseSummary {
  id: string;
  caseType: string;
  /** A short masked description, e.g. `邻里噪音纠纷（张**）`. */
  title?: string;
  definition: { id: string; version: number; title?: LocalizedText };
  areaPath: string[];
  /** Display name of the case's own (deepest) area. */
  areaName?: LocalizedText;
  stages: StageInfo[];
  assignee?: Assignee & { name?: string };
  status: 'active' | 'done';
  outcome?: string;
  /** Supervision (督办) level reached. */
  supervision?: number;
  /** The earliest open breach deadline. */
  dueAt?: string;
  /** The earliest open warning. */
  warnAt?: string;
  /** Overdue by the server's clock. */
  overdue?: boolean;
  version?: number;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
}

/** A case with what the caller may do now (`GET /cases/:id`). */
export interface CaseDetail {
  case: CaseRecord & { title?: string };
  definition: { id: string; version: number; hash?: string; title: LocalizedText };
  stages: StageInfo[];
  actions: AvailableAction[];
  deadlines: Deadline[];
  /** Display names of the agencies named in `case.context.coHandlers`. */
  agencies?: Record<string, LocalizedText>;
  /** Display names of areas on the case's path. */
  areas?: Record<string, LocalizedText>;
  /** Titles of the definition's roles (`communityPolice` -> 社区民警). */
  roles?: Record<string, LocalizedText>;
  /** Display names of the people the case names (its assignee), by user id. */
  people?: Record<string, string>;
}

/** A command a user sends on a case (`POST /cases/:id/commands`). */
export interface CaseCommandInput {
  type: string;
  data?: Record<string, unknown>;
  reason?: string;
}

export interface CaseComment {
  id: string;
  at: string;
  userId: string;
  userName?: string;
  text: string;
}

export interface CaseAttachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  at: string;
  userId: string;
}

/** One finding of the engine's definition linter. */
export interface LintFinding {
  code: string;
  /** JSON pointer into the definition, e.g. `/machine/states/triage/on/ASSIGN`. */
  pointer: string;
  message: string;
  hint?: string;
  severity?: 'error' | 'warning';
}

/** A stored definition version (`GET /definitions/...`). */
export interface DefinitionVersionInfo {
  definitionId: string;
  version: number;
  status: 'draft' | 'published';
  definition: WorkflowDefinition;
  hash?: string;
  savedAt?: string;
  publishedAt?: string;
}

/** The key figures of `GET /kpis`. Rates are fractions between 0 and 1. */
export interface KpiReport {
  from?: string;
  to?: string;
  totals: {
    cases: number;
    closed: number;
    overdue: number;
    onTimeRate: number;
    satisfactionRate: number;
    resolutionRate?: number;
    supervised?: number;
  };
  byArea: {
    areaId: string;
    name: LocalizedText;
    cases: number;
    overdue: number;
    onTimeRate?: number;
  }[];
  /** The same figures per co-handling agency, when the server sends them. */
  byAgency?: { agency: string; name: LocalizedText; cases: number; overdue: number }[];
  /** One point per month, `YYYY-MM`, oldest first. */
  trend: {
    period: string;
    opened: number;
    closed: number;
    onTimeRate: number;
    satisfactionRate?: number;
  }[];
}

export interface KpiQuery {
  /** `YYYY-MM-DD` (a Beijing-time day) or an ISO date-time. */
  from?: string;
  to?: string;
  areaId?: string;
  caseType?: string;
}

/** What to migrate: running cases of `fromVersion` to `toVersion` by `plan`. */
export interface MigrationRequest {
  fromVersion: number;
  toVersion: number;
  plan: MigrationPlan;
}

/** A migration's dry run (`POST /definitions/:id/migrations/dry-run`): nothing is written. */
export type { MigrationDryRunReport };

/** A migration's progress (`GET /definitions/:id/migrations/:planId`). */
export interface MigrationProgress {
  id: string;
  definitionId: string;
  fromVersion: number;
  toVersion: number;
  status: 'running' | 'done' | 'stopped';
  passes: number;
  total: number;
  migrated: number;
  skipped: number;
  failed: number;
  failures: { caseId: string; stages: string[]; code: string; message: string }[];
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
  error?: { code: string; message: string };
}

/** Options of one command call. */
export interface CommandOptions {
  /** Sent as `Idempotency-Key`; a fresh one is generated when absent. */
  idempotencyKey?: string;
  /** Sent as `If-Match`: the case version the user saw. */
  ifMatch?: number;
}

/** The server's error body: `{ code, message, hint, details }`. */
export interface ApiErrorBody {
  code: string;
  message: string;
  hint?: string;
  details?: { issues?: ValidationIssue[]; [key: string]: unknown };
}

/**
 * Everything the components ask of a server. `createHttpClient` implements it for the gridcase
 * HTTP API; a host with its own back end implements it with its own adapter. Methods reject with
 * a `GridcaseApiError` on failure.
 */
export interface GridcaseClient {
  listCases(query?: CaseQuery): Promise<ListResult<CaseSummary>>;
  worklist(scope: WorklistScope, query?: CaseQuery): Promise<ListResult<CaseSummary>>;
  getCase(caseId: string): Promise<CaseDetail>;
  runCommand(
    caseId: string,
    command: CaseCommandInput,
    options?: CommandOptions,
  ): Promise<CaseDetail>;
  getHistory(caseId: string): Promise<HistoryEntry[]>;
  listComments(caseId: string): Promise<CaseComment[]>;
  addComment(caseId: string, text: string): Promise<CaseComment>;
  listAttachments(caseId: string): Promise<CaseAttachment[]>;
  uploadAttachment(caseId: string, file: Blob, name: string): Promise<CaseAttachment>;
  /** The attachment's bytes (the adapter adds whatever headers its server needs). */
  getAttachment(caseId: string, attachmentId: string): Promise<Blob>;
  getDefinition(
    definitionId: string,
    version: number | 'latest' | 'draft',
  ): Promise<DefinitionVersionInfo>;
  saveDraft(
    definitionId: string,
    definition: WorkflowDefinition,
  ): Promise<{ draft: DefinitionVersionInfo; findings: LintFinding[] }>;
  publishDefinition(definitionId: string): Promise<DefinitionVersionInfo>;
  getKpis(query?: KpiQuery): Promise<KpiReport>;
  /** What migrating the running cases would do (county admin); `page` of the case list. */
  dryRunMigration(
    definitionId: string,
    request: MigrationRequest,
    page?: { offset?: number; limit?: number },
  ): Promise<MigrationDryRunReport>;
  /** Starts (or resumes) applying a plan; poll `getMigration` for progress. */
  applyMigration(definitionId: string, request: MigrationRequest): Promise<MigrationProgress>;
  getMigration(definitionId: string, planId: string): Promise<MigrationProgress>;
}
