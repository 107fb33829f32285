import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from './measure';
import { rawVariant, stepVariant } from './stepVsRaw';

describe('the bench', () => {
  it('drives both variants through their lap without errors', () => {
    const results = measure([rawVariant, stepVariant], { rounds: 1, ms: 5, warmupMs: 5 });
    expect(results.map((r) => r.name)).toEqual([rawVariant.name, stepVariant.name]);
    for (const r of results) expect(r.median).toBeGreaterThan(0);
  });

  it('starts as `pnpm bench` runs it and prints the side-by-side table', {
    timeout: 30_000,
  }, () => {
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const main = join(import.meta.dirname, 'main.ts');
    const result = spawnSync(
      process.execPath,
      [tsx, main, '--rounds', '1', '--ms', '5', '--warmup', '5'],
      { encoding: 'utf8', timeout: 25_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('raw xstate cycle (restore, send, persist)');
    expect(result.stdout).toContain('step() on the dispute template');
    expect(result.stdout).toMatch(/ratio \d+\.\d\dx \(goal >= 0\.50x\)/);
  });
});
