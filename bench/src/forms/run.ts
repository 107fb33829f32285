// Runs the forms section alone and prints it: `pnpm exec tsx bench/src/forms/run.ts [--quick]`
//   options: --rounds N  --warmup N  --keys N  --count-loads N (defaults: FULL in formsSection.ts)
import { FULL, formsSection, QUICK } from './formsSection';

function option(name: string): number | undefined {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

const quick = process.argv.includes('--quick');
const base = quick ? QUICK : FULL;
const started = performance.now();
const section = await formsSection(
  { quick },
  {
    rounds: option('rounds') ?? base.rounds,
    warmupRounds: option('warmup') ?? base.warmupRounds,
    keys: option('keys') ?? base.keys,
    countLoads: option('count-loads') ?? base.countLoads,
  },
);

const head = ['variant', ...Object.keys(section.rows[0]?.cells ?? {}), 'vs RJSF'];
const table = section.rows.map((r) => [r.variant, ...Object.values(r.cells), r.ratio ?? '']);
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
process.stdout.write(
  [
    section.title,
    section.method,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...table.map(line),
    '',
    ...section.goals.map(
      (g) =>
        `${g.met ? 'met    ' : 'NOT met'}  ${g.text}: ${g.measured}${g.reason ? ` (${g.reason})` : ''}`,
    ),
    `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
    '',
  ].join('\n'),
);
