import type { StoryStep } from './types';

/** A story cut short on purpose, so the seed holds a case sitting in one particular stage. */
export interface Showcase<Path extends string> {
  path: Path;
  /** How many of the path's steps happen. */
  keep: number;
  /** Hours since the last kept step (how long the case has been waiting there). */
  waiting: number;
}

/**
 * The first `keep` steps of a path, and how many hours ago the case must have been opened for
 * them to have happened with `waiting` hours since the last one.
 *
 * @example
 * ```ts
 * const { steps, openedHoursAgo } = cutShort(DISPUTE_PATHS.resolved(cast), { keep: 4, waiting: 2 });
 * ```
 */
export function cutShort(
  steps: StoryStep[],
  showcase: { keep: number; waiting: number },
): { steps: StoryStep[]; openedHoursAgo: number } {
  const kept = steps.slice(0, showcase.keep);
  if (kept.length < showcase.keep) throw new Error(`the path has only ${steps.length} steps`);
  const openedHoursAgo = kept.reduce((sum, s) => sum + s.afterHours, 0) + showcase.waiting;
  return { steps: kept, openedHoursAgo };
}
