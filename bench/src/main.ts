// `pnpm bench`: step() against the raw xstate cycle, side by side, medians of several rounds.
//   options: --rounds N (default 7)  --ms M per round (default 300)  --warmup M (default 500)
import { measure } from './measure';
import { rawVariant, stepVariant } from './stepVsRaw';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const rounds = option('rounds', 7);
const ms = option('ms', 300);
const warmupMs = option('warmup', 500);
const [raw, stepped] = measure([rawVariant, stepVariant], { rounds, ms, warmupMs });
if (!raw || !stepped) throw new Error('nothing measured');

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rows = [raw, stepped].map((m) => [
  m.name,
  fmt(m.median),
  `${fmt(Math.min(...m.rounds))}-${fmt(Math.max(...m.rounds))}`,
  (1e6 / m.median).toFixed(1),
  (m.median / raw.median).toFixed(2),
]);
const head = ['variant', 'commands/s (median)', 'range', 'µs/command', 'vs raw'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
const ratio = stepped.median / raw.median;
process.stdout.write(
  [
    `step() vs the raw xstate cycle: dispute template, ${rounds} rounds x ${ms} ms, Node ${process.versions.node}`,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `ratio ${ratio.toFixed(2)}x (goal >= 0.50x): ${ratio >= 0.5 ? 'met' : 'NOT met'}`,
    '',
  ].join('\n'),
);
