import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium';
import type { BenchOptions, BenchSection } from '../section';
import { buildPages, VARIANTS, type VariantName } from './build';
import { type LoadResult, measureLoad } from './drive';
import { servePages } from './serve';
import { FIELD_COUNT, KEY_FIELD } from './stageForm';

/** How much to measure; {@link formsSection} picks these from `quick`. */
export interface FormsTuning {
  /** Counted rounds; each loads every variant once, the order rotated between rounds. */
  rounds: number;
  /** Uncounted rounds first (JIT, disk cache). */
  warmupRounds: number;
  /** Keys typed per load: the first 10 fit the field's maxLength, the 11th brings its error. */
  keys: number;
  /** Extra loads per variant that count renders (deterministic, so few are needed). */
  countLoads: number;
}

/** What `pnpm bench` measures. */
export const FULL: FormsTuning = { rounds: 7, warmupRounds: 1, keys: 20, countLoads: 2 };
/** What the smoke test measures (`quick`): one load per variant, enough keys to show the error. */
export const QUICK: FormsTuning = { rounds: 1, warmupRounds: 0, keys: 12, countLoads: 1 };

const NAMES: Record<VariantName, string> = {
  schemaform: 'SchemaForm (@gridcase/forms/react, mode onChange)',
  rjsf: 'RJSF 6.11.1 (@rjsf/core + validator-ajv8, liveValidate)',
  rhf: 'plain react-hook-form 7.92.0 + one Ajv validator',
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const ms = (n: number, digits = 2) => n.toFixed(digits);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

interface Summary {
  painted: number;
  entry: number;
  scriptToTyping: number;
  keyJs: number;
  keyJsP90: number;
  keyCdp: number;
  keyToFrame: number;
  firstKey: number;
  firstKeyToFrame: number;
  rendersMedian: number;
  rendersMax: number;
  mountRenders: number;
  heapBeforeTyping: number;
  heapAfterTyping: number;
}

function summarise(timed: LoadResult[], counted: LoadResult[]): Summary {
  const steady = timed.flatMap((load) => load.keys.slice(1));
  const renders = counted.flatMap((load) => load.keys.map((key) => key.renders));
  return {
    painted: median(timed.map((l) => l.painted)),
    entry: median(timed.map((l) => l.entry)),
    scriptToTyping: median(timed.map((l) => l.scriptToTyping)),
    keyJs: median(steady.map((k) => k.inputJs)),
    keyJsP90: quantile(
      steady.map((k) => k.inputJs),
      0.9,
    ),
    keyCdp: median(steady.map((k) => k.cdpScript)),
    keyToFrame: median(steady.map((k) => k.keyToFrame)),
    firstKey: median(timed.map((l) => l.keys[0]?.inputJs ?? Number.NaN)),
    firstKeyToFrame: median(timed.map((l) => l.keys[0]?.keyToFrame ?? Number.NaN)),
    rendersMedian: median(renders),
    rendersMax: Math.max(...renders),
    mountRenders: median(counted.map((l) => l.mountRenders)),
    heapBeforeTyping: median(timed.map((l) => l.heapBeforeTyping)),
    heapAfterTyping: median(timed.map((l) => l.heapAfterTyping)),
  };
}

/** Refuses a load that did not measure what it claims to. */
function check(variant: VariantName, load: LoadResult, text: string) {
  const problems: string[] = [];
  if (load.inputs < FIELD_COUNT) problems.push(`${load.inputs} inputs at first commit`);
  if (load.typed !== text) problems.push(`field holds "${load.typed}", typed "${text}"`);
  // Validation is live: past 10 characters the field must show its maxLength error.
  if (text.length > 10 && !load.errorShown) problems.push('no maxLength error shown');
  const late = load.keys.filter((k) => k.lateCommits > 0).length;
  if (late > 0) problems.push(`${late} keys committed after the input probe`);
  if (problems.length > 0) throw new Error(`forms bench, ${variant}: ${problems.join('; ')}`);
}

/**
 * Section 5: a 200-field stage form in real Chromium, `SchemaForm` against RJSF and plain
 * react-hook-form on the same generated schema. Production vite builds, served with COOP/COEP;
 * every load in a fresh browser context, rounds alternate the variants (rotated order); medians.
 *
 * @example
 * ```ts
 * const section = await formsSection({ quick: false });
 * console.log(section.goals.every((g) => g.met));
 * ```
 */
export async function formsSection(
  options: BenchOptions,
  tuning: FormsTuning = options.quick ? QUICK : FULL,
): Promise<BenchSection> {
  const text = 'abcdefghijklmnopqrstuvwxyz'.repeat(4).slice(0, tuning.keys);
  const dir = await mkdtemp(join(tmpdir(), 'gridcase-forms-bench-'));
  const sizes = await buildPages(dir);
  const server = await servePages(dir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const timed = Object.fromEntries(VARIANTS.map((v) => [v, [] as LoadResult[]])) as Record<
    VariantName,
    LoadResult[]
  >;
  const counted = structuredClone(timed);
  try {
    for (let round = 0; round < tuning.warmupRounds + tuning.rounds; round++) {
      const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]!);
      for (const variant of order) {
        const load = await measureLoad(browser, `${server.origin}/${variant}.html`, text);
        check(variant, load, text);
        if (round >= tuning.warmupRounds) timed[variant].push(load);
      }
    }
    for (let i = 0; i < tuning.countLoads; i++) {
      for (const variant of VARIANTS) {
        const load = await measureLoad(browser, `${server.origin}/${variant}.html?count=1`, text);
        check(variant, load, text);
        // The key past maxLength must bring an error, which renders something on every page.
        const overflow = load.keys[10];
        if (overflow && overflow.commits === 0) {
          throw new Error(`forms bench, ${variant}: no commit when the maxLength error appeared`);
        }
        counted[variant].push(load);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }

  const s = Object.fromEntries(VARIANTS.map((v) => [v, summarise(timed[v], counted[v])])) as Record<
    VariantName,
    Summary
  >;
  const rjsf = s.rjsf;
  // Keystroke ratio against RJSF: the median over rounds of each round's ratio (one load each).
  const keyMedian = (load: LoadResult) => median(load.keys.slice(1).map((k) => k.inputJs));
  const lessJs = (v: VariantName) =>
    median(timed[v].map((load, r) => keyMedian(timed.rjsf[r]!) / keyMedian(load)));
  const rows = (['schemaform', 'rjsf', 'rhf'] as const).map((v) => ({
    variant: NAMES[v],
    cells: {
      'page JS starts, ms': ms(s[v].entry, 0),
      'painted, ms': ms(s[v].painted, 0),
      'JS to typing, ms': ms(s[v].scriptToTyping, 0),
      'JS/key, ms': ms(s[v].keyJs),
      'JS/key p90, ms': ms(s[v].keyJsP90),
      'CDP script/key, ms': ms(s[v].keyCdp),
      'key to frame, ms': ms(s[v].keyToFrame, 1),
      'first key JS, ms': ms(s[v].firstKey, 1),
      'renders/key (median, max)': `${s[v].rendersMedian}, ${s[v].rendersMax}`,
      'mount renders': String(s[v].mountRenders),
      'heap, MB': mb(s[v].heapBeforeTyping),
      'heap after typing, MB': mb(s[v].heapAfterTyping),
      'JS gzip, KiB': (sizes[v].gzip / 1024).toFixed(0),
    },
    ratio: v === 'rjsf' ? undefined : `${lessJs(v).toFixed(1)}x less JS/key`,
  }));
  const sf = s.schemaform;
  const keyRatio = lessJs('schemaform');
  return {
    title:
      '5. Forms in Chromium: SchemaForm vs RJSF vs plain react-hook-form, 200-field stage form',
    method:
      `${FIELD_COUNT} fields (120 text, 20 Chinese formats, 20 selects, 20 numbers, 10 dates, 10 checkboxes), ` +
      `live validation on change; production vite builds in headless Chromium, a fresh context per load, ` +
      `${tuning.rounds} rounds alternating the variants (+${tuning.warmupRounds} warm-up), ${tuning.keys} keys ` +
      `into ${KEY_FIELD} (maxLength 10) per load, from 0.5 s after paint (heap: forced GC just before); ` +
      `JS/key = input event, capture to bubble listener on window (keys 2-${tuning.keys}); renders counted ` +
      `as React DevTools does in ${tuning.countLoads} extra loads per variant; medians, ratio = median of per-round ratios.`,
    rows,
    goals: [
      {
        text: '>= 10x less JS per keystroke than RJSF',
        measured: `${keyRatio.toFixed(1)}x (${ms(sf.keyJs)} vs ${ms(rjsf.keyJs)} ms)`,
        met: keyRatio >= 10,
      },
      {
        text: '<= 2 React renders per keystroke',
        measured: `max ${sf.rendersMax} (median ${sf.rendersMedian})`,
        met: sf.rendersMax <= 2,
      },
      {
        text: 'no validator compiled while typing: first keystroke <= 25 ms',
        measured: `${ms(sf.firstKey, 1)} ms (RJSF ${ms(rjsf.firstKey, 1)} ms)`,
        met: sf.firstKey <= 25,
      },
      {
        text: 'painted no later than RJSF',
        measured: `${ms(sf.painted, 0)} vs ${ms(rjsf.painted, 0)} ms (${(sf.painted / rjsf.painted).toFixed(2)}x)`,
        met: sf.painted <= rjsf.painted,
      },
    ],
  };
}
