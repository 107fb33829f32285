/**
 * The shared vocabulary of @gridcase/engine: workflow definitions (JSON data), case
 * records, commands and effects. The server stores these; the UI renders them.
 */
import type { FormDefinition, LocalizedText } from '@gridcase/forms';

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
}

// ---------------------------------------------------------------------------
// The workflow definition: an XState machine config plus case metadata
// ---------------------------------------------------------------------------

/** A guard or action reference into the fixed catalog, with JSON params. Never code. */
export interface CatalogRef {
  type: string;
  params?: Record<string, unknown>;
}

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
  /** Hidden from citizens' status pages. */
  internal?: boolean;
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
  guard?: CatalogRef;
  actions?: CatalogRef[];
  reenter?: boolean;
  description?: string;
  meta?: TransitionMeta;
}

export interface StateNodeConfig {
  type?: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  initial?: string;
  states?: Record<string, StateNodeConfig>;
  on?: Record<string, TransitionConfig | TransitionConfig[]>;
  always?: TransitionConfig | TransitionConfig[];
  onDone?: TransitionConfig | TransitionConfig[];
  entry?: CatalogRef[];
  exit?: CatalogRef[];
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
  /** Unique per case: `${stateId}:${kind}:${n}`. */
  id: string;
  /** The state node id (e.g. `dispute-mediation.mediation`) the deadline belongs to. */
  stateId: string;
  kind: 'warn' | 'breach';
  /** ISO timestamp (UTC). */
  dueAt: string;
  /** Breach repeat count (0 for the first). */
  level: number;
}

export type CaseStatus = 'active' | 'done';

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
  /** Increments by one per applied command; the HTTP layer's If-Match. */
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
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
}

// ---------------------------------------------------------------------------
// Commands and effects
// ---------------------------------------------------------------------------

/** A user's (or the system's) command on a case: an event name plus its form payload. */
export interface Command {
  type: string;
  data?: Record<string, unknown>;
  reason?: string;
  actor: Actor;
}

/** A side effect described as data. The server carries it out after committing. */
export type Effect =
  | { type: 'history'; entry: HistoryEntry }
  | { type: 'deadline.set'; deadline: Deadline }
  | { type: 'deadline.cancel'; deadlineId: string }
  | {
      type: 'notify';
      to: ActorRule | { userId: string };
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
