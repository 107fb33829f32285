/**
 * What each benchmark hands the `pnpm bench` report: one section per comparison, one row per
 * variant. `bench/src/main.ts` prints every section as a table and writes docs/benchmarks.md.
 */
export interface BenchRow {
  /** The variant measured, e.g. `step() on the dispute template`. */
  variant: string;
  /** Column name -> printed value (medians of several rounds), in the order given. */
  cells: Record<string, string>;
  /** The ratio against the section's baseline, e.g. `0.62x` (blank for the baseline itself). */
  ratio?: string;
}

export interface BenchGoal {
  /** e.g. `>= 0.5x raw xstate`. */
  text: string;
  /** The figure measured against it, e.g. `0.62x`. */
  measured: string;
  met: boolean;
  /** Why, where a goal is missed (what profiling showed). */
  reason?: string;
}

export interface BenchSection {
  /** e.g. `1. Engine: step() vs raw xstate vs bpmn-engine`. */
  title: string;
  /** What was measured and how (workload, rounds), one line. */
  method: string;
  rows: BenchRow[];
  goals: BenchGoal[];
}

/** Options every section accepts. `quick` is the smoke test's: tiny rounds, just prove it runs. */
export interface BenchOptions {
  quick: boolean;
  /** Also measure the largest sizes (the store's 1M cases row); off by default. */
  million?: boolean;
}
