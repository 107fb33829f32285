import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the fault suite's figures (tests that set `meta.faultFigure`, see
 * packages/server/src/fault/figure.ts), then the plain closing line
 * `N passed, N failed, N skipped` that CI reads, counting every test of every project.
 */
export default class CiSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const figures: string[] = [];
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        const line = (test.meta() as { faultFigure?: string }).faultFigure;
        if (line) figures.push(`${line}${state === 'passed' ? '' : ` (${state})`}`);
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (mod.state() === 'failed' && mod.children.size === 0) failed++;
    }
    if (figures.length)
      process.stdout.write(
        `\nfault suite\n${figures
          .sort()
          .map((f) => `  ${f}\n`)
          .join('')}`,
      );
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
