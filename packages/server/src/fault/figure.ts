/**
 * Figures the fault suite prints: each fault test records one line such as
 * `crash: 20 runs, 19,873 acknowledged, 0 lost, 0 duplicated`; the root run's
 * reporter (`scripts/ciSummaryReporter.ts`) lists them all after the tests.
 */
import type { TestContext } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** One line the fault suite reports, `<name>: <figures>`. */
    faultFigure?: string;
  }
}

/** Whether the full fault run was asked for (`GRIDCASE_FAULT_FULL=1`). */
export const fullRun = process.env.GRIDCASE_FAULT_FULL === '1';

/** `1,234` style numbers for figures. */
export const count = (n: number) => n.toLocaleString('en-US');

/**
 * Records a figure on the running test and prints it at once.
 *
 * @example
 * ```ts
 * it('loses nothing', (ctx) => {
 *   figure(ctx, 'crash', `${count(runs)} runs, ${count(acked)} acknowledged, 0 lost`);
 * });
 * ```
 */
export function figure(ctx: Pick<TestContext, 'task'>, name: string, text: string): void {
  const line = `${name}: ${text}`;
  ctx.task.meta.faultFigure = line;
  process.stdout.write(`[fault] ${line}\n`);
}
