// `pnpm bench`: every section of bench/src/sections.ts, side by side comparisons with the
// median of several rounds and the ratio, printed as tables and written to docs/benchmarks.md.
//   --quick      tiny rounds (the smoke test): proves every section starts; writes no docs
//   --million    the store's 1M cases row too (default stops at 100k)
//   --only <n>   just section n (writes no docs)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machine } from './machine';
import { sectionMarkdown, sectionText } from './report';
import type { BenchOptions, BenchSection } from './section';
import { sections } from './sections';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? Number(argv[onlyAt + 1]) : undefined;
if (only !== undefined && !sections.some((s) => s.n === only)) {
  process.stderr.write(
    `no section ${argv[onlyAt + 1]}: sections are ${sections.map((s) => s.n).join(', ')}\n`,
  );
  process.exit(2);
}
const options: BenchOptions = { quick: flag('quick'), million: flag('million') };
const before = machine();
const started = Date.now();
process.stdout.write(
  `gridcase benchmarks${options.quick ? ' (--quick: smoke rounds, figures mean nothing)' : ''}\n` +
    `${before.cpu}, ${before.cores} cores, ${before.memoryGiB} GiB, Node ${before.node}, load ${before.load}\n\n`,
);

const done: BenchSection[] = [];
let failed = 0;
for (const entry of sections) {
  if (only !== undefined && entry.n !== only) continue;
  try {
    const t0 = Date.now();
    const section = await entry.run(options);
    done.push(section);
    process.stdout.write(sectionText(section).replace(/\n$/, ''));
    process.stdout.write(`(section ${entry.n} took ${Math.round((Date.now() - t0) / 1000)} s)\n\n`);
  } catch (error) {
    failed += 1;
    process.stdout.write(
      `section ${entry.n} FAILED: ${(error as Error).stack ?? String(error)}\n\n`,
    );
  }
}

const goals = done.flatMap((s) => s.goals);
const missed = goals.filter((g) => !g.met);
const seconds = Math.round((Date.now() - started) / 1000);
const after = machine();
process.stdout.write(
  `goals: ${goals.length - missed.length} of ${goals.length} met${missed.length ? `; NOT met: ${missed.map((g) => g.text).join('; ')}` : ''}\n` +
    `took ${seconds} s; load ${before.load} at the start, ${after.load} at the end\n`,
);

if (!options.quick && only === undefined && failed === 0) {
  const m = after;
  const doc = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (bench/src/main.ts; `--million` adds the 1M-case store row). Each',
    'comparison runs side by side in one run, with the median of several rounds and the ratio.',
    'The figures are of the machine below; on a shared machine throughput is a lower bound.',
    '',
    `- **Date:** ${new Date().toISOString()} (took ${seconds} s)`,
    `- **Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, ${m.platform}; 1-minute load ${before.load} at the start, ${after.load} at the end`,
    `- **Node:** ${m.node}`,
    `- **Packages:** ${Object.entries(m.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}`,
    `- **Goals:** ${goals.length - missed.length} of ${goals.length} met`,
    '',
    '## Results',
    '',
    ...done.map(sectionMarkdown),
  ].join('\n');
  const target = join(import.meta.dirname, '..', '..', 'docs', 'benchmarks.md');
  writeFileSync(target, doc);
  process.stdout.write(`wrote ${target}\n`);
}
process.exitCode = failed ? 1 : 0;
