/**
 * A seeded case as a story: who opened it, when, with what, and the commands that followed.
 * The seed runs every story through the real HTTP API (and so through the engine's `step`),
 * with a clock set to each moment, so history, deadlines and audit are what real use leaves.
 */
export interface CaseStory {
  /** A stable key (for tests and logs), e.g. `fy-017`. */
  key: string;
  definitionId: string;
  areaId: string;
  /** The user who opens the case. */
  openedBy: string;
  /** Hours before the seed's "now" the case was opened. */
  openedHoursAgo: number;
  /** The start form's payload; `photos` entries name files in {@link CaseStory.photos}. */
  data: Record<string, unknown>;
  /** Photos to store before opening, referenced from `data` by their `id`. */
  photos?: SeedPhoto[];
  steps: StoryStep[];
}

/** One command in a story. */
export interface StoryStep {
  /** The acting user. */
  as: string;
  type: string;
  /** The payload, or a function of the moment the step happens (for dates in the payload). */
  data?: Record<string, unknown> | ((at: Date) => Record<string, unknown>);
  reason?: string;
  /** Hours after the previous step (or the opening). */
  afterHours: number;
  /** Photos to store before the step, referenced from `data`. */
  photos?: SeedPhoto[];
}

/** A generated photo: a small PNG with the given colour, stored as a case attachment. */
export interface SeedPhoto {
  id: string;
  name: string;
  /** `#rrggbb`. */
  color: string;
}
