/**
 * The shared vocabulary of @gridcase/engine: workflow definitions (JSON data), case
 * records, commands and effects. The server stores these; the UI renders them.
 */
import type {
  FormDefinition,
  FormValidator,
  JsonSchema,
  Locale,
  LocalizedText,
} from '@gridcase/forms';
import type { GridcaseErrorShape } from './errors';

// ---------------------------------------------------------------------------
// Areas, roles, actors
// ---------------------------------------------------------------------------

/** Areas nest: county > township (or street) > community (or village) > grid. */
export type AreaLevel = 'county' | 'township' | 'community' | 'grid';
export const AREA_LEVELS: readonly AreaLevel[] = ['county', 'township', 'community', 'grid'];

/**
 * Where a case sits: the ids of its area and every ancestor, county first.
 * `areaPath[0]` is the county, `[1]` the township, `[2]` the community, `[3]` the grid.
 * A case may sit at any level (a county-wide hazard has a path of length 1).
 */
export type AreaPath = string[];

/** One role a user holds in one area. */
export interface RoleAssignment {
  role: string;
  areaId: string;
  areaLevel: AreaLevel;
}

/** Who sends a command. The server builds it from the verified token; the engine trusts it. */
export interface Actor {
  userId: string;
  name?: string;
  roles: RoleAssignment[];
  /** Agencies (police station, justice office, departments) the user works for. */
  agencies?: string[];
  /** The scheduler and migrations act as the system. */
  system?: boolean;
}

/**
 * Who may act: a role, held in an area that contains the case's area, at `scope` level
 * or wider. `{ role: 'townshipLead', scope: 'township' }` is a lead of the case's township
 * (a lead of the whole county qualifies too).
 */
export interface ActorRule {
  role: string;
  scope: AreaLevel;
  /**
   * Also require the actor to work for a co-handling agency of the case (主办 `lead` or
   * 协办 `assisting`), as listed in `context.coHandlers`.
   */
  coHandler?: 'lead' | 'assisting';
}

// ---------------------------------------------------------------------------
// The workflow definition: an XState machine config plus case metadata
// ---------------------------------------------------------------------------

/**
 * A guard or action reference as it arrives from outside (loose): a name into the fixed catalog
 * with JSON params. The linter checks these; typed definitions use {@link GuardRef} and
 * {@link ActionRef}.
 */
export interface CatalogRef {
  type: string;
  params?: Record<string, unknown>;
}

/** The guard catalog: conditions a transition may carry. Never code. */
export type GuardRef =
  /** The case data, overlaid with the command's payload, satisfies a JSON Schema. */
  | { type: 'dataMatches'; params: { schema: JsonSchema } }
  /** The actor holds `role` over the case's area (at `scope` level or wider; any level if absent). */
  | { type: 'actorHasRole'; params: { role: string; scope?: AreaLevel } }
  | { type: 'and'; params: { guards: GuardRef[] } }
  | { type: 'or'; params: { guards: GuardRef[] } }
  | { type: 'not'; params: { guard: GuardRef } }
  /** A field (dotted path) of the case data overlaid with the payload equals `value`. */
  | { type: 'fieldEquals'; params: { field: string; value: unknown } }
  /** A field (dotted path) of the case data overlaid with the payload is one of `values`. */
  | { type: 'fieldIn'; params: { field: string; values: unknown[] } }
  /** The case was reopened fewer than `max` times. */
  | { type: 'reopenCountBelow'; params: { max: number } }
  /** The case has at least one co-handling agency (or one with the given `lead` flag). */
  | { type: 'hasCoHandlers'; params?: { lead?: boolean } };

export type GuardName = GuardRef['type'];

/** Who a notification goes to. The server resolves it to users. */
export type NotifyTarget =
  /** Holders of `role` in the case's area at `scope` level (or wider). */
  | ActorRule
  /** Holders of `role` in exactly this area. */
  | { role: string; areaId: string }
  | { userId: string }
  | { agency: string };

/** Who a `notify` action addresses: a target, or the case's current assignee / co-handlers. */
export type NotifyTo = NotifyTarget | 'assignee' | 'coHandlers';

/** The action catalog: what a transition, entry or exit does to the case. Never code. */
export type ActionRef =
  /** Merge the command's payload (or only `fields`) into `context.data`. */
  | { type: 'storeData'; params?: { fields?: string[] } }
  /**
   * Set the assignee: `role` (or the role named by payload field `roleField`) in the case's
   * area at `scope` level; optionally the user named by payload field `userField`.
   */
  | {
      type: 'assign';
      params: { role?: string; roleField?: string; scope: AreaLevel; userField?: string };
    }
  | { type: 'clearAssignee'; params?: Record<string, never> }
  /** Add co-handling agencies: `agency`, or the id(s) in payload field `agencyField`. */
  | { type: 'addCoHandler'; params: { agency?: string; agencyField?: string; lead: boolean } }
  /** Remove co-handling agencies (`agency` or payload field `agencyField`); none: remove all. */
  | { type: 'removeCoHandler'; params?: { agency?: string; agencyField?: string } }
  | { type: 'setOutcome'; params: { outcome: string } }
  /** Raise the supervision (督办) level by one. */
  | { type: 'supervise'; params?: Record<string, never> }
  /** Count a reopening (重办) and clear the outcome. */
  | { type: 'incrementReopen'; params?: Record<string, never> }
  /** Send a notification (an effect the server carries out). */
  | { type: 'notify'; params: { to: NotifyTo; template: string } };

export type ActionName = ActionRef['type'];

/** What happens when a stage deadline passes. */
export type BreachRule =
  | { type: 'remind'; to?: ActorRule }
  | { type: 'escalate'; to: ActorRule }
  | { type: 'event'; event: string };

/** A stage deadline, counted on the county's working-day calendar from entering the stage. */
export interface DeadlineRule {
  /** Working days allowed in this stage. */
  within: number;
  /** Warn this many working days before the deadline (0 or absent: no warning). */
  warnBefore?: number;
  /** What happens on breach, in order. */
  onBreach?: BreachRule[];
  /** Repeat the breach rules every N working days while still overdue (催办 / 督办 levels). */
  repeatEvery?: number;
}

/** Case metadata on a state node. */
export interface StateMeta {
  title: LocalizedText;
  description?: LocalizedText;
  /** Who may act in this stage, for every transition that does not name its own actors. */
  actors?: ActorRule[];
  deadline?: DeadlineRule;
  /** On final states: the case outcome (resolved, referredToCourt, withdrawn, ...). */
  outcome?: string;
  /** On final states: the case may be reopened (重办) into `target`. */
  reopen?: ReopenRule;
  /** Hidden from citizens' status pages. */
  internal?: boolean;
}

/**
 * Reopening a closed case (重办): the command `reopen` moves a case in this final state back to
 * `target` (a state id relative to the machine root, e.g. `mediation`).
 */
export interface ReopenRule {
  target: string;
  title: LocalizedText;
  actors: ActorRule[];
  form?: string;
  requiresReason?: boolean;
  /** Only within this many working days of closing (absent: any time). */
  withinDays?: number;
}

/** The case verbs every county expects; the UI and the KPIs know them by name. */
export type CaseVerb =
  | 'transfer'
  | 'return'
  | 'coHandle'
  | 'remind'
  | 'supervise'
  | 'withdraw'
  | 'reopen'
  | 'close';

/** Case metadata on a transition (an action a user can take). */
export interface TransitionMeta {
  title: LocalizedText;
  /** Who may take this action; defaults to the source state's `actors`. */
  actors?: ActorRule[];
  /** The id of the form (in `definition.forms`) the action's payload must satisfy. */
  form?: string;
  verb?: CaseVerb;
  /** A reason (comment) is required, e.g. for 退回 (return). */
  requiresReason?: boolean;
}

export interface TransitionConfig {
  target?: string | string[];
  guard?: GuardRef;
  actions?: ActionRef[];
  reenter?: boolean;
  description?: string;
  meta?: TransitionMeta;
}

export interface StateNodeConfig {
  /** A custom xstate id (`#id` targets); by default the id is `machineId.path.to.state`. */
  id?: string;
  type?: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** On history states. */
  history?: 'shallow' | 'deep';
  /** On history states: the default target. */
  target?: string;
  initial?: string;
  states?: Record<string, StateNodeConfig>;
  on?: Record<string, TransitionConfig | TransitionConfig[]>;
  always?: TransitionConfig | TransitionConfig[];
  onDone?: TransitionConfig | TransitionConfig[];
  entry?: ActionRef[];
  exit?: ActionRef[];
  description?: string;
  meta?: StateMeta;
}

export interface MachineConfig extends StateNodeConfig {
  id: string;
}

/** Outcome labels a definition may give its final states. */
export interface OutcomeInfo {
  title: LocalizedText;
  /** Counts as resolved in the resolution-rate KPI. */
  resolved?: boolean;
}

/**
 * How a county opens a case type to citizens (the public "scan a code to report" channel). The
 * template carries it closed; a county admin opens it (`enabled: true`) and publishes.
 */
export interface PublicChannel {
  /** Citizens may report now (default false). */
  enabled?: boolean;
  /**
   * The id (in `forms`) of the public form citizens fill: admin-authored, checked by the same
   * publish gate as every form. Its data becomes the new case's data (instead of `startForm`).
   */
  form: string;
  /** The stage a public report lands in: the machine's initial stage (the default). */
  triageStage?: string;
  /**
   * A citizen rating (1-5) at or below this, given after the case closed, reopens it by the
   * final stage's `reopen` rule (default 2; 0: never).
   */
  lowRatingAtMost?: number;
  /** The history action a citizen's rating is recorded under (default `citizenRated`). */
  ratingEvent?: string;
}

/** Definition-wide settings beyond the machine. */
export interface DefinitionMeta {
  public?: PublicChannel;
}

/**
 * A county's process: one JSON document. The `machine` is an XState machine config
 * (any XState tool reads it); the rest is what the case engine adds.
 */
export interface WorkflowDefinition {
  /** Stable id, e.g. `dispute-mediation`. */
  id: string;
  /** Version number; assigned on publish (drafts may carry 0). */
  version: number;
  /** Case type, e.g. `dispute` or `hazard`. */
  caseType: string;
  title: LocalizedText;
  description?: LocalizedText;
  roles: Record<string, { title: LocalizedText }>;
  forms: Record<string, FormDefinition>;
  outcomes?: Record<string, OutcomeInfo>;
  /** The form needed to open a case (registration). */
  startForm?: string;
  /** Who may open a case. */
  starters?: ActorRule[];
  /** Definition-wide settings, e.g. the citizen channel (`meta.public`). */
  meta?: DefinitionMeta;
  machine: MachineConfig;
}

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------

export interface Assignee {
  role: string;
  areaId: string;
  userId?: string;
}

export interface CoHandler {
  agency: string;
  lead: boolean;
}

/** The machine context of a case: JSON only. */
export interface CaseContext {
  data: Record<string, unknown>;
  assignee?: Assignee;
  coHandlers: CoHandler[];
  outcome?: string;
  /** Supervision (督办) level reached; 0 when never supervised. */
  supervision: number;
  reopenCount: number;
}

/** A deadline row: durable, fired by the server's scheduler as an ordinary command. */
export interface Deadline {
  /** Unique per case: `${stateId}:${kind}:${level}@${caseVersion that set it}`. */
  id: string;
  /** The state node id (e.g. `dispute-mediation.mediation`) the deadline belongs to. */
  stateId: string;
  kind: 'warn' | 'breach';
  /** ISO timestamp (UTC). */
  dueAt: string;
  /** Breach repeat count (0 for the first). */
  level: number;
}

/**
 * A stage whose breach deadline has fired while the case is still in it: the case stays overdue
 * (since `dueAt`) until it leaves that stage, also once the breach's reminders and escalations
 * are done and no deadline of the stage is left open.
 */
export interface Breach {
  /** The state node id the breached deadline belonged to. */
  stateId: string;
  /** When the stage fell due (the first breach's `dueAt`). */
  dueAt: string;
}

export type CaseStatus = 'active' | 'done';

/**
 * What the citizen channel keeps on a case a citizen reported: the tracking code, a salted hash
 * of the citizen's secret (never the secret), and the citizen's one rating.
 */
export interface CitizenTracking {
  trackingCode: string;
  /** `scrypt$<salt hex>$<hash hex>`; the server strips it from every view. */
  secretHash: string;
  submittedAt: string;
  rating?: { score: number; comment?: string; at: string };
}

export interface CaseRecord {
  id: string;
  countyId: string;
  caseType: string;
  definition: { id: string; version: number; hash: string };
  areaPath: AreaPath;
  /** XState state value. */
  state: unknown;
  /** Ids of the active leaf state nodes. */
  stages: string[];
  context: CaseContext;
  status: CaseStatus;
  /** Open deadlines. */
  deadlines: Deadline[];
  /** Stages the case is still in whose breach deadline has fired (see `isOverdue`). */
  breaches?: Breach[];
  /** Increments by one per applied command; the HTTP layer's If-Match. */
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
  /** Set on cases citizens reported through the public channel. */
  citizen?: CitizenTracking;
}

/** One entry in a case's history. */
export interface HistoryEntry {
  caseId: string;
  /** Equals the case version the command produced; contiguous from 1. */
  seq: number;
  at: string;
  actor: { userId: string; name?: string; system?: boolean };
  action: string;
  title?: LocalizedText;
  from: string[];
  to: string[];
  /** Fields of `context.data` that changed: `{ field: [before, after] }`. */
  changes?: Record<string, [unknown, unknown]>;
  reason?: string;
  verb?: CaseVerb;
  /** For deadline firings: the deadline's id. */
  deadlineId?: string;
  /** For a migration's entry (`action: 'case.migrate'`): the plan, versions and what moved. */
  migration?: MigrationMark;
}

// ---------------------------------------------------------------------------
// Commands and effects
// ---------------------------------------------------------------------------

/**
 * A user's (or the system's) command on a case: an event name plus its form payload.
 * The scheduler fires a due deadline as `{ type: 'deadline.fire', deadlineId, actor }` with a
 * system actor; `reopen` reopens a closed case (see {@link ReopenRule}).
 */
export interface Command<Type extends string = string> {
  type: Type | 'deadline.fire' | 'reopen';
  data?: Record<string, unknown>;
  reason?: string;
  actor: Actor;
  /** For `deadline.fire`: the id of the deadline that is due. */
  deadlineId?: string;
}

/** A side effect described as data. The server carries it out after committing. */
export type Effect =
  | { type: 'history'; entry: HistoryEntry }
  | { type: 'deadline.set'; deadline: Deadline }
  | { type: 'deadline.cancel'; deadlineId: string }
  | {
      type: 'notify';
      to: NotifyTarget;
      /** Message key, e.g. `deadline.warn`, `case.remind`, `case.supervise`, `case.assigned`. */
      template: string;
      params?: Record<string, unknown>;
    };

/** An action an actor can take now. */
export interface AvailableAction {
  type: string;
  title: LocalizedText;
  form?: FormDefinition;
  verb?: CaseVerb;
  requiresReason?: boolean;
}

// ---------------------------------------------------------------------------
// The working-day calendar and the step's options and result
// ---------------------------------------------------------------------------

/** A county's working-day calendar settings (Mon-Fri work, Sat-Sun rest, unless listed). */
export interface CalendarConfig {
  /** Public holidays, `YYYY-MM-DD`, not worked even on weekdays. */
  holidays: string[];
  /** Make-up workdays (调休), `YYYY-MM-DD`, worked even on weekends. */
  workdays: string[];
  /** The county's offset from UTC in minutes; Asia/Shanghai (no DST) is 480, the default. */
  utcOffsetMinutes?: number;
}

/** What `step()` and `createCase()` need besides the definition and the case. */
export interface StepOptions {
  /** Validates action payloads against their forms; defaults to `@gridcase/forms`' validator. */
  validator?: FormValidator;
  /** The county's calendar; defaults to plain Mon-Fri weeks. */
  calendar?: CalendarConfig;
  /** Locale of error messages (zh-CN by default). */
  locale?: Locale;
}

/** The result of `step()` / `createCase()`: the next case plus effects, or an error. */
export type StepResult =
  | { ok: true; case: CaseRecord; effects: Effect[] }
  | { ok: false; error: GridcaseErrorShape };

/** What `createCase()` needs to open a case. */
export interface CreateCaseInput {
  id: string;
  countyId: string;
  areaPath: AreaPath;
  /** The start form's payload. */
  data?: Record<string, unknown>;
  /**
   * The form (id in `forms`) `data` must satisfy instead of `startForm`: the public channel
   * passes `meta.public.form`.
   */
  form?: string;
  actor: Actor;
}

// ---------------------------------------------------------------------------
// Migrating running cases to a new version
// ---------------------------------------------------------------------------

/** Moves (renames) one case data field: dotted paths, `parties` -> `dispute.parties`. */
export interface FieldMove {
  from: string;
  to: string;
}

/**
 * How running cases move from one published version of a definition to another, written as
 * JSON by a county admin (`@gridcase/engine/migration-plan.schema.json`). Every state a running
 * case can sit in on the old version is mapped, itself or through an ancestor, to a state of
 * the new one; field moves are applied together, each reading the old data.
 */
export interface MigrationPlan {
  /** Stable id: applying the same plan id again resumes and skips cases already migrated. */
  id: string;
  title?: LocalizedText;
  /** The definition and versions it is written for; checked when given. */
  definitionId?: string;
  fromVersion?: number;
  toVersion?: number;
  /**
   * Old state path (keys from the root, dotted: `mediation.joint`) -> new state path. A
   * compound target is entered at its initial stage, as a transition would.
   */
  states: Record<string, string>;
  fields?: FieldMove[];
}

/** When a stage's deadline clock started for a migrated case, and whether it was kept. */
export interface MigrationClock {
  /** ISO time the deadlines count from. */
  from: string;
  /** `true`: the old stage maps 1:1 and its entry time was kept; `false`: counts from the migration. */
  kept: boolean;
}

/** What a migration history entry records (never data values: field names only). */
export interface MigrationMark {
  planId: string;
  fromVersion: number;
  toVersion: number;
  /** Moves that changed this case's data. */
  fields?: FieldMove[];
  /** Deadline clocks of the new stages, by state id. */
  clocks?: Record<string, MigrationClock>;
}

/** One case's migration, as the dry run predicts it and the apply does it. */
export type CaseMigration =
  | {
      ok: true;
      caseId: string;
      from: { version: number; stages: string[] };
      to: { version: number; stages: string[] };
      /** The new stages' open deadlines (the old ones are cancelled). */
      deadlines: Deadline[];
      /** Stages the case is overdue in on the new version (a breach carried over). */
      breaches: Breach[];
      clocks: Record<string, MigrationClock>;
      fields: FieldMove[];
    }
  | {
      ok: false;
      caseId: string;
      from: { version: number; stages: string[] };
      /** Why it cannot move: a `migration.*` (or `case.*`) catalog error. */
      error: GridcaseErrorShape;
    };

/** The result of `migrateCase()`: the case on the new version and its effects, or why not. */
export type MigrateCaseResult =
  | { ok: true; case: CaseRecord; effects: Effect[]; migration: CaseMigration & { ok: true } }
  | { ok: false; error: GridcaseErrorShape; migration: CaseMigration & { ok: false } };

/** What `migrateCase()` needs besides the two definitions, the plan and the case. */
export interface MigrateCaseOptions extends Omit<StepOptions, 'validator'> {
  /** The case's history: stage entry times for deadlines kept 1:1 (else they restart). */
  history?: HistoryEntry[];
  /** Who migrates (history entry); default a system actor `migration`. */
  actor?: Actor;
}

/** Cases that move the same way: from the same old stages to the same new ones. */
export interface MigrationGroup {
  from: string[];
  to: string[];
  cases: number;
  /** Of these, cases whose new stage keeps the old stage's clock (1:1) or restarts it. */
  clocksKept: number;
  clocksRestarted: number;
  /** Field moves that changed data in some of these cases. */
  fields: FieldMove[];
}

/** Cases that cannot move for the same reason. */
export interface MigrationFailureGroup {
  code: string;
  message: string;
  cases: number;
  caseIds: string[];
}

/** What a migration would do (dry run) to every running case on the old version, summed up. */
export interface MigrationSummary {
  /** Running cases on the old version. */
  total: number;
  migratable: number;
  failing: number;
  /** `false` when some state has no mapping: see `unmapped`. */
  complete: boolean;
  /** States with no mapping and how many running cases sit in each. */
  unmapped: Array<{ state: string; title?: LocalizedText; cases: number }>;
  groups: MigrationGroup[];
  failures: MigrationFailureGroup[];
}

/** A migration's dry run: the summary over every running case, and one page of the cases. */
export interface MigrationDryRunReport {
  planId: string;
  definitionId: string;
  fromVersion: number;
  toVersion: number;
  /** The time the predictions are for (deadlines count from it). */
  at: string;
  summary: MigrationSummary;
  /** Case by case, in id order: `offset` .. `offset + limit` of `summary.total`. */
  cases: CaseMigration[];
  offset: number;
  limit: number;
}
