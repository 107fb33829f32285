/**
 * T-TIMER: durable deadlines across server restarts and clock jumps. Cases opened on
 * consecutive days arm a warning and a breach deadline each. For every due instant in turn
 * the server is restarted on its lowdb directory with the clock an hour early, the clock jumps
 * +1 h to just before the instant and runs on in real time while the background scheduler
 * fires; then it jumps −1 h (nothing fires early, nothing again), the server restarts once
 * more, and the clock jumps +1 h back (still nothing fires twice). Every deadline fires exactly
 * once, never before its due time and at most 2 s after it, in the clock's time.
 */
import { describe, expect, it } from 'vitest';
import type { ManualClock } from '../clock';
import { createLowdbStore } from '../store';
import type { DeadlineRow } from '../store/types';
import { createHarness, type Harness } from '../testing/harness';
import { count, figure } from './figure';
import { useDataDirs } from './serverProcess';

/** Two deadlines per case (warning and breach): 1,000 deadlines, the full size. */
const CASES = 500;
/** Cases are opened on this many consecutive days, so deadlines fall on about as many instants. */
const DAYS = 10;
const HOUR = 3_600_000;
const LATE_MS = 2_000;
const FAR = '9999-12-31T00:00:00.000Z';

/**
 * A clock that runs at real speed from wherever it was set: `set` and `advance` jump it.
 * The scheduler sleeps in real time, so only a running clock shows how late it fires.
 */
function runningClock(start: string): ManualClock {
  let offset = Date.parse(start) - Date.now();
  return {
    now: () => new Date(Date.now() + offset),
    set: (at) => {
      offset = new Date(at).getTime() - Date.now();
    },
    advance: (ms) => {
      offset += ms;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const keyOf = (row: { caseId: string; id: string }) => `${row.caseId} ${row.id}`;

describe('fault: time', () => {
  const dirs = useDataDirs();

  it('fires every deadline once, never early, at most 2 s late, across restarts and ±1 h jumps', {
    timeout: 600_000,
  }, async (ctx) => {
    const dir = await dirs.make();
    const clock = runningClock('2026-03-02T01:00:00.000Z');
    const boot = () =>
      createHarness({ store: createLowdbStore({ dir, onWarning: () => undefined }), clock });
    let h: Harness = await boot();
    await h.publish();
    for (let day = 0; day < DAYS; day += 1) {
      clock.set(new Date(Date.parse('2026-03-02T01:00:00.000Z') + day * 24 * HOUR));
      for (let i = day; i < CASES; i += DAYS) await h.open();
    }
    const armed = await h.store.dueDeadlines(FAR, 1_000_000);
    expect(armed).toHaveLength(2 * CASES);
    const restart = async () => {
      await h.app.gridcase.stop();
      await h.close();
      h = await boot();
      h.app.gridcase.start();
    };

    const firedAt = new Map<string, string[]>(); // deadline → clock times it fired
    const collect = async (caseIds: Iterable<string>) => {
      firedAt.clear();
      for (const caseId of new Set(caseIds)) {
        for (const entry of await h.store.getHistory('demo-county', caseId)) {
          if (!entry.deadlineId) continue;
          const key = keyOf({ caseId, id: entry.deadlineId });
          firedAt.set(key, [...(firedAt.get(key) ?? []), entry.at]);
        }
      }
    };
    let fired = 0;
    let instants = 0;
    let restarts = 0;
    let latest = 0;
    let jumps = 0;
    const done: DeadlineRow[] = [];
    for (;;) {
      const pending = await h.store.dueDeadlines(FAR, 1_000_000);
      if (pending.length === 0) break;
      const due = pending[0]!.dueAt;
      const batch = pending.filter((row) => row.dueAt === due);
      const dueMs = Date.parse(due);
      instants += 1;

      clock.set(new Date(dueMs - HOUR - 300));
      await restart();
      restarts += 1;
      clock.advance(HOUR); // 300 ms before the instant, running
      jumps += 1;
      const waitUntil = Date.now() + 30_000;
      while ((await h.store.dueDeadlines(FAR, 1_000_000)).some((row) => row.dueAt === due)) {
        if (Date.now() > waitUntil) break;
        await sleep(50);
      }

      await h.app.gridcase.scheduler.runDue(); // let the background run in flight settle

      clock.advance(-HOUR);
      jumps += 1;
      expect(await h.app.gridcase.scheduler.runDue(), `fired early after −1 h at ${due}`).toBe(0);
      await restart();
      restarts += 1;
      expect(await h.app.gridcase.scheduler.runDue(), 'fired early after a restart').toBe(0);
      clock.advance(HOUR);
      jumps += 1;
      expect(await h.app.gridcase.scheduler.runDue(), `fired again after +1 h at ${due}`).toBe(0);

      done.push(...batch);
      await collect(done.map((row) => row.caseId));
      for (const row of done) {
        const times = firedAt.get(keyOf(row)) ?? [];
        expect(times, `${keyOf(row)} due ${row.dueAt}`).toHaveLength(1);
        const lateness = Date.parse(times[0]!) - Date.parse(row.dueAt);
        expect(lateness, `${keyOf(row)} early`).toBeGreaterThanOrEqual(0);
        expect(lateness, `${keyOf(row)} late`).toBeLessThanOrEqual(LATE_MS);
        latest = Math.max(latest, lateness);
      }
      fired = done.length;
    }
    await h.app.gridcase.stop();
    await h.close();
    expect(fired).toBe(2 * CASES);
    figure(
      ctx,
      'time',
      `${count(fired)} deadlines at ${count(instants)} instants, ${count(restarts)} restarts, ${count(jumps)} clock jumps of ±1 h: each fired once, 0 early, latest ${count(latest)} ms after due (limit 2,000)`,
    );
  });
});
