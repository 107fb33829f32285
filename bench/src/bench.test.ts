import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawVariant, stepVariant } from './engine/stepVsRaw';
import { machine } from './machine';
import { measure } from './measure';
import { sectionMarkdown, sectionText } from './report';
import type { BenchSection } from './section';
import { sections } from './sections';

const DOC = join(import.meta.dirname, '..', '..', 'docs', 'benchmarks.md');
const mtime = () => (existsSync(DOC) ? statSync(DOC).mtimeMs : 0);

describe('the bench', () => {
  it('drives both engine variants through their lap without errors', async () => {
    const results = await measure([rawVariant, stepVariant], { rounds: 1, ms: 5, warmupMs: 5 });
    expect(results.map((r) => r.name)).toEqual([rawVariant.name, stepVariant.name]);
    for (const r of results) expect(r.median).toBeGreaterThan(0);
  });

  it('prints a section as an aligned table with its goals, and as Markdown', () => {
    const section: BenchSection = {
      title: '9. Example',
      method: 'two rows',
      rows: [
        { variant: 'base', cells: { 'ops/s': '100' } },
        { variant: 'other | piped', cells: { 'ops/s': '50' }, ratio: '0.50x' },
      ],
      goals: [{ text: '>= 0.4x', measured: '0.50x', met: true }],
    };
    const text = sectionText(section);
    expect(text).toContain('variant        ops/s  ratio');
    expect(text).toContain('other | piped  50     0.50x');
    expect(text).toContain('met      >= 0.4x: 0.50x');
    expect(sectionMarkdown(section)).toContain('| other \\| piped | 50 | 0.50x |');
  });

  it('names the version of every library measured against', () => {
    const { packages } = machine();
    for (const name of ['xstate', 'ajv', 'hono', 'bpmn-engine', 'autocannon']) {
      expect(packages[name], name).toMatch(/^\d+\.\d+\.\d+/);
    }
  });

  it('lists every section once, numbered as its title is', () => {
    const numbers = sections.map((s) => s.n);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('starts as `pnpm bench --quick` runs it: every section prints its table, no docs written', {
    timeout: 150_000,
  }, () => {
    const before = mtime();
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const main = join(import.meta.dirname, 'main.ts');
    const result = spawnSync(process.execPath, [tsx, main, '--quick'], {
      encoding: 'utf8',
      timeout: 140_000,
    });
    // the forms section's vite builds may warn on stderr (chunk sizes); errors must not appear
    expect(result.stderr).not.toMatch(/\bError\b|Unhandled|ERR_/);
    expect(result.status).toBe(0);
    for (const title of [
      '1. Engine: step() vs the raw xstate cycle vs bpmn-engine',
      '2. Validation: the forms validator vs raw Ajv',
      '3. HTTP: command POSTs',
      '4. Store growth',
      '5. Forms in Chromium',
      '6. PostgreSQL',
    ]) {
      expect(result.stdout).toContain(title);
    }
    expect(result.stdout).toMatch(/step\(\) on the dispute template .* \d+\.\d\dx raw xstate/);
    expect(result.stdout).toMatch(/goals: \d+ of \d+ met/);
    expect(result.stdout).not.toContain('FAILED');
    expect(mtime()).toBe(before);
  });
});
