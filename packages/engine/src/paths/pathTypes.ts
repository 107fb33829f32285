import type { LocalizedText } from '@gridcase/forms';
import type { ActorRule, DeadlineRule, GuardRef } from '../types';

/** A stage a path enters, with its title and the deadline that starts on entering it. */
export interface PathStage {
  /** The state node id, e.g. `dispute-mediation.mediation`. */
  id: string;
  /** Keys from the root, e.g. `['mediation', 'sessions']`. */
  path: string[];
  title: LocalizedText;
  deadline?: DeadlineRule;
}

/** One step of a path: an action someone takes (or a deadline's event, or a reopening). */
export interface PathStep {
  /** The event sent: an action name, or `reopen`. */
  event: string;
  /** `action` a user takes, `deadline` an event a stage's breach rule sends, `reopen` 重办. */
  kind: 'action' | 'deadline' | 'reopen';
  /**
   * JSON pointers of the transitions taken: the event's own (`/machine/states/triage/on/accept`,
   * `/on/refer/1` in a list, `/meta/reopen`), then any `onDone` the step completed.
   */
  transitions: string[];
  /** The action's title (the event name when it has none). */
  title: LocalizedText;
  /** Who may take it (role and area scope); empty: only the system (a deadline's event). */
  actors: ActorRule[];
  /** The transition's own condition, if any. */
  guard?: GuardRef;
  /** Taken because the conditions of the transitions listed before it for the event fail. */
  otherwise?: boolean;
  /** The payload path generation sent (a sample of the form, set to meet the condition). */
  data: Record<string, unknown>;
  /** Active stage ids (leaves) before and after. */
  from: string[];
  to: string[];
  /** Stages entered by this step, outermost first, each with its deadline. */
  entered: PathStage[];
}

/** A path through a definition from a newly opened case. */
export interface DefinitionPath {
  /** What the path was generated to reach: a stage (id), an outcome, a transition (pointer). */
  goal: { kind: 'state' | 'outcome' | 'transition'; id: string };
  /** The stages a new case opens in, with their deadlines. */
  start: PathStage[];
  steps: PathStep[];
  /** Active stage ids (leaves) at the end. */
  end: string[];
  /** The case's outcome when the path closes it. */
  outcome?: string;
}

/** What {@link definitionPaths} finds. */
export interface DefinitionPaths {
  /** The shortest path to every stage (nested ones too), in document order. */
  states: DefinitionPath[];
  /** The shortest path to every outcome (declared or named by a final stage). */
  outcomes: DefinitionPath[];
  /** Paths that together take every transition at least once (longest first). */
  transitions: DefinitionPath[];
  /** What no generated path reaches: stage ids, outcomes, transition pointers. */
  missing: { states: string[]; outcomes: string[]; transitions: string[] };
}
