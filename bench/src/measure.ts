/** One variant of a benchmark: `setup()` once, then `run()` per operation. */
export interface Variant {
  name: string;
  /** Returns the per-operation function (state is kept in its closure). */
  setup(): () => void;
}

export interface Measured {
  name: string;
  /** Operations per second in each round. */
  rounds: number[];
  median: number;
}

export interface MeasureOptions {
  /** Rounds per variant (the median is reported). */
  rounds: number;
  /** Length of one round in milliseconds. */
  ms: number;
  /** Warm-up per variant before the first round, in milliseconds. */
  warmupMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

function runFor(op: () => void, ms: number): number {
  const start = performance.now();
  const end = start + ms;
  let ops = 0;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) op();
    ops += 50;
    now = performance.now();
  }
  return (ops * 1000) / (now - start);
}

/**
 * Measures variants side by side: after a warm-up each, rounds alternate between variants
 * (A B A B ...) so that load from other processes hits all of them alike; each variant's median
 * operations per second is reported.
 *
 * @example
 * ```ts
 * const [a, b] = measure([variantA, variantB], { rounds: 7, ms: 300, warmupMs: 500 });
 * console.log(a.median / b.median);
 * ```
 */
export function measure(variants: Variant[], options: MeasureOptions): Measured[] {
  const ops = variants.map((v) => v.setup());
  for (const op of ops) runFor(op, options.warmupMs);
  const rounds = variants.map(() => [] as number[]);
  for (let r = 0; r < options.rounds; r++) {
    for (const [i, op] of ops.entries()) rounds[i]?.push(runFor(op, options.ms));
  }
  return variants.map((v, i) => ({
    name: v.name,
    rounds: rounds[i] ?? [],
    median: median(rounds[i] ?? []),
  }));
}
