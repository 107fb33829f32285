import type { BenchSection } from './section';

/** The table's columns: variant, every cell name in first-seen order, ratio. */
function columns(section: BenchSection): string[] {
  const names: string[] = [];
  for (const row of section.rows) {
    for (const name of Object.keys(row.cells)) if (!names.includes(name)) names.push(name);
  }
  return ['variant', ...names, 'ratio'];
}

function cellsOf(section: BenchSection): string[][] {
  const head = columns(section);
  return section.rows.map((row) =>
    head.map((name) =>
      name === 'variant'
        ? row.variant
        : name === 'ratio'
          ? (row.ratio ?? '')
          : (row.cells[name] ?? ''),
    ),
  );
}

const goalLine = (g: BenchSection['goals'][number]) =>
  `${g.met ? 'met    ' : 'NOT met'}  ${g.text}: ${g.measured}${g.reason ? ` (${g.reason})` : ''}`;

/**
 * A section as plain text for the terminal: title, method, an aligned table, its goals.
 *
 * @example
 * ```ts
 * process.stdout.write(sectionText(await engineSection({ quick: true })));
 * ```
 */
export function sectionText(section: BenchSection): string {
  const head = columns(section);
  const rows = cellsOf(section);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    section.title,
    section.method,
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...section.goals.map(goalLine),
    '',
    '',
  ].join('\n');
}

const escapePipes = (s: string) => s.replaceAll('|', '\\|');

/**
 * A section as Markdown for docs/benchmarks.md: heading, method, table, goals as a list.
 *
 * @example
 * ```ts
 * const md = sectionMarkdown(section); // "### 1. Engine ...\n\n| variant | ..."
 * ```
 */
export function sectionMarkdown(section: BenchSection): string {
  const head = columns(section);
  const rows = cellsOf(section);
  const line = (cells: string[]) => `| ${cells.map(escapePipes).join(' | ')} |`;
  return [
    `### ${section.title}`,
    '',
    section.method,
    '',
    line(head),
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map(line),
    '',
    ...section.goals.map(
      (g) =>
        `- **${g.met ? 'met' : 'NOT met'}**: ${escapePipes(g.text)}: measured ${escapePipes(g.measured)}${g.reason ? `. ${escapePipes(g.reason)}` : ''}`,
    ),
    '',
  ].join('\n');
}
