import { isGridcaseError } from '@gridcase/engine';
import { SYSTEM_ACTOR } from '../access/scope';
import type { Services } from '../app/services';
import { runCommand } from '../cases/runCommand';
import { requestHash } from '../idempotency/idempotency';
import type { County, DeadlineRow } from '../store/types';

/** Fires due deadlines as ordinary system commands. */
export interface Scheduler {
  /** Fires every deadline due now (in batches); resolves to how many fired. */
  runDue(): Promise<number>;
  /** Polls in the background until {@link Scheduler.stop}. */
  start(): void;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** Longest sleep between polls (default 1 s); it wakes earlier for the next due row. */
  pollMs?: number;
  /** Rows per batch (default 100). */
  batch?: number;
  /**
   * How long a claimed row stays this scheduler's (default 60 s): with several server
   * processes on one store each due row is fired by one of them; a row that failed is tried
   * again when its lease runs out.
   */
  leaseMs?: number;
}

/** Codes meaning the row can never fire: the case left the stage or is gone. */
const STALE = new Set(['case.deadlineUnknown', 'case.notFound', 'case.closed']);

/**
 * The durable deadline scheduler. It claims due rows from the store (they were written in the
 * same commit as the transition that armed them) and fires each as the command
 * `deadline.fire` through the one command path, as the system actor. The commit that applies
 * it also marks the row fired, so a deadline fires once, also when it came due while the
 * server was down; a row the engine refuses as stale (its case left the stage, closed or is
 * gone) is ended with `markDeadlinesFired`, so it is not claimed again after a restart; its idempotency key (`deadline:case:id:dueAt`) makes a crash between commit
 * and response harmless. Time comes from the injected clock: moving it back fires nothing early.
 *
 * @example
 * ```ts
 * const scheduler = createScheduler(app.gridcase.services);
 * scheduler.start();
 * // in a test: clock.advance(4 * 86_400_000); await scheduler.runDue();
 * ```
 */
export function createScheduler(services: Services, options: SchedulerOptions = {}): Scheduler {
  const pollMs = options.pollMs ?? 1000;
  const batch = options.batch ?? 100;
  const leaseMs = options.leaseMs ?? 60_000;
  const stale = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  async function fire(row: DeadlineRow, county: County): Promise<boolean> {
    const key = `${row.countyId}\u0000${row.caseId}\u0000${row.id}\u0000${row.dueAt}`;
    if (stale.has(key)) return false;
    try {
      await runCommand(
        services,
        { county, actor: SYSTEM_ACTOR, areas: 'all' },
        {
          caseId: row.caseId,
          type: 'deadline.fire',
          deadlineId: row.id,
          idempotencyKey: `system:deadline:${row.caseId}:${row.id}:${row.dueAt}`,
          requestHash: requestHash({
            op: 'deadline.fire',
            caseId: row.caseId,
            deadlineId: row.id,
            dueAt: row.dueAt,
          }),
        },
      );
      return true;
    } catch (error) {
      if (isGridcaseError(error) && STALE.has(error.code)) {
        // It can never fire: end the row durably, so a restart neither claims nor waits for it.
        stale.add(key);
        await services.store
          .markDeadlinesFired([row], services.clock.now().toISOString())
          .catch((e) => services.logger.error('[gridcase] marking a stale deadline', e));
        services.logger.warn(
          `[gridcase] deadline ${row.id} of case ${row.caseId} no longer applies (${error.code})`,
        );
      } else {
        services.logger.error(
          `[gridcase] deadline ${row.id} of case ${row.caseId} failed; will retry`,
          error,
        );
      }
      return false;
    }
  }

  async function runOnce(): Promise<number> {
    let fired = 0;
    const counties = new Map<string, County | undefined>();
    for (;;) {
      const due = (
        await services.store.claimDueDeadlines(services.clock.now().toISOString(), batch, leaseMs)
      ).filter(
        (row) => !stale.has(`${row.countyId}\u0000${row.caseId}\u0000${row.id}\u0000${row.dueAt}`),
      );
      for (const row of due) {
        if (!counties.has(row.countyId))
          counties.set(row.countyId, await services.store.getCounty(row.countyId));
      }
      // The batch fires at once: rows of different cases share the store's group commit, rows
      // of one case queue on its mutex in due order. One by one, a county's end-of-day instant
      // (every case opened that day comes due together) would fire seconds late.
      const outcomes = await Promise.all(
        due.map((row) => {
          const county = counties.get(row.countyId);
          return county ? fire(row, county) : false;
        }),
      );
      const progressed = outcomes.filter(Boolean).length;
      fired += progressed;
      if (due.length < batch || progressed === 0) return fired;
    }
  }

  const runDue = () => {
    running ??= runOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  async function loop(): Promise<void> {
    if (stopped) return;
    await runDue().catch((error) => services.logger.error('[gridcase] scheduler', error));
    if (stopped) return;
    const next = await services.store.nextDeadlineAt().catch(() => undefined);
    const untilNext = next ? Date.parse(next) - services.clock.now().getTime() : pollMs;
    timer = setTimeout(loop, Math.max(10, Math.min(pollMs, untilNext)));
    timer.unref?.();
  }

  return {
    runDue,
    start() {
      if (!stopped) return;
      stopped = false;
      void loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
