/** One variant of a benchmark: `setup()` once, then `run()` per operation. */
export interface Variant {
  name: string;
  /**
   * Returns the per-operation function (state is kept in its closure). An operation that
   * returns a promise is awaited before the next one starts.
   */
  setup(): (() => void | Promise<void>) | Promise<() => void | Promise<void>>;
}

export interface Measured {
  name: string;
  /**
   * Operations per CPU-second of this process in each round: time the process was not given a
   * core does not count, so other processes on a shared machine distort it far less.
   */
  rounds: number[];
  median: number;
  /** Operations per wall-clock second in each round (what a busy machine gave). */
  wallRounds: number[];
  wallMedian: number;
}

export interface MeasureOptions {
  /** Rounds per variant (the median is reported). */
  rounds: number;
  /** Length of one round in milliseconds. */
  ms: number;
  /** Warm-up per variant before the first round, in milliseconds. */
  warmupMs: number;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** The value at fraction `p` (0..1) of a sorted copy of `xs` (nearest rank, rounded down). */
export const percentile = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] as number;

const cpuMicros = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

/** Runs `op` for `ms` of wall time: operations per CPU-second and per wall second. */
async function runFor(
  op: () => void | Promise<void>,
  ms: number,
): Promise<{ cpu: number; wall: number }> {
  const start = performance.now();
  const cpu0 = cpuMicros();
  const end = start + ms;
  let ops = 0;
  let now = start;
  do {
    for (let i = 0; i < 10; i++) {
      const pending = op();
      if (pending) await pending;
    }
    ops += 10;
    now = performance.now();
  } while (now < end);
  const cpu = Math.max(1, cpuMicros() - cpu0);
  return { cpu: (ops * 1e6) / cpu, wall: (ops * 1000) / (now - start) };
}

/**
 * Measures variants side by side: after a warm-up each, rounds alternate between variants
 * (A B A B ...) so that load from other processes hits all of them alike; each variant's median
 * operations per CPU-second of this process (and per wall second) is reported. Synchronous operations run without any await between them.
 *
 * @example
 * ```ts
 * const [a, b] = await measure([variantA, variantB], { rounds: 7, ms: 300, warmupMs: 500 });
 * console.log(a.median / b.median);
 * ```
 */
export async function measure(variants: Variant[], options: MeasureOptions): Promise<Measured[]> {
  const ops = [];
  for (const v of variants) ops.push(await v.setup());
  for (const op of ops) await runFor(op, options.warmupMs);
  const rounds = variants.map(() => [] as number[]);
  const wallRounds = variants.map(() => [] as number[]);
  for (let r = 0; r < options.rounds; r++) {
    for (const [i, op] of ops.entries()) {
      const { cpu, wall } = await runFor(op, options.ms);
      rounds[i]?.push(cpu);
      wallRounds[i]?.push(wall);
    }
  }
  return variants.map((v, i) => ({
    name: v.name,
    rounds: rounds[i] ?? [],
    median: median(rounds[i] ?? []),
    wallRounds: wallRounds[i] ?? [],
    wallMedian: median(wallRounds[i] ?? []),
  }));
}

/** `1234.5` -> `1,235`. */
export const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A ratio as printed: `0.74x`, `312x`. */
export const times = (ratio: number): string =>
  ratio >= 100
    ? `${Math.round(ratio)}x`
    : ratio >= 10
      ? `${ratio.toFixed(1)}x`
      : `${ratio.toFixed(2)}x`;

/**
 * `a` over `b`, as the median of the per-round ratios: rounds of different variants run back to
 * back, so each pair saw about the same load from other processes (steadier than the ratio of
 * the medians on a shared machine).
 *
 * @example
 * ```ts
 * const [raw, stepped] = await measure([rawVariant, stepVariant], plan);
 * pairedRatio(stepped, raw); // e.g. 0.74
 * ```
 */
export function pairedRatio(a: Measured, b: Measured): number {
  return median(a.rounds.map((x, i) => x / (b.rounds[i] ?? Number.NaN)));
}
