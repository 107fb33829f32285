import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock';
import { createLowdbStore } from '../store';
import { createHarness } from '../testing/harness';

// Opened Monday 2026-03-02 09:00 in Shanghai. Triage: 3 working days, warned 1 day before:
// warn due Wed 24:00 (2026-03-04T16:00Z), breach due Thu 24:00 (2026-03-05T16:00Z).
const WARN_PASSED = '2026-03-04T17:00:00.000Z';
const BREACH_PASSED = '2026-03-05T17:00:00.000Z';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the deadline scheduler', () => {
  it('fires a due warning and then a breach, each once, as system commands in the history', async () => {
    const h = await createHarness();
    await h.publish();
    const { id } = await h.open();
    const { scheduler } = h.app.gridcase;
    expect(await scheduler.runDue()).toBe(0);
    h.clock.set(WARN_PASSED);
    expect(await scheduler.runDue()).toBe(1);
    expect(await scheduler.runDue()).toBe(0);
    h.clock.set(BREACH_PASSED);
    expect(await scheduler.runDue()).toBe(1);
    const record = await h.store.getCase('demo-county', id);
    expect(record?.context.assignee).toMatchObject({ role: 'townshipLead' });
    expect(record?.context.supervision).toBe(1);
    const history = await h.store.getHistory('demo-county', id);
    expect(history.filter((e) => e.actor.system).map((e) => e.action)).toEqual([
      'deadline.warn',
      'deadline.breach',
    ]);
    const audit = await h.store.readAudit();
    expect(audit.filter((e) => e.action === 'case.command' && e.actor.system)).toHaveLength(2);
  });

  it('fires nothing early when the clock jumps back', async () => {
    const h = await createHarness();
    await h.publish();
    await h.open();
    h.clock.set('2026-03-02T00:00:00.000Z');
    expect(await h.app.gridcase.scheduler.runDue()).toBe(0);
  });

  it('cancels a stage’s deadlines when the case leaves the stage', async () => {
    const h = await createHarness();
    await h.publish();
    const { id } = await h.open();
    await h.command(id, 'police-e1', 'assign');
    h.clock.set(BREACH_PASSED);
    expect(await h.app.gridcase.scheduler.runDue()).toBe(0);
    expect((await h.store.getCase('demo-county', id))?.context.supervision).toBe(0);
  });

  it('fires a deadline that came due while the server was down once, after the restart (lowdb)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gridcase-sched-'));
    dirs.push(dir);
    const clock = createManualClock('2026-03-02T01:00:00.000Z');
    const first = await createHarness({ store: createLowdbStore({ dir }), clock });
    await first.publish();
    const { id } = await first.open();
    await first.app.gridcase.stop();
    await first.close();

    clock.set(BREACH_PASSED);
    const second = await createHarness({ store: createLowdbStore({ dir }), clock });
    expect(await second.app.gridcase.scheduler.runDue()).toBe(2);
    expect(await second.app.gridcase.scheduler.runDue()).toBe(0);
    await second.close();

    const third = await createHarness({ store: createLowdbStore({ dir }), clock });
    expect(await third.app.gridcase.scheduler.runDue()).toBe(0);
    const history = await third.store.getHistory('demo-county', id);
    expect(history.filter((e) => e.actor.system).map((e) => e.action)).toEqual([
      'deadline.warn',
      'deadline.breach',
    ]);
    await third.close();
  });

  it('ends a deadline that can never fire (its case no longer has it), across a restart (lowdb)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gridcase-sched-'));
    dirs.push(dir);
    const clock = createManualClock('2026-03-02T01:00:00.000Z');
    const first = await createHarness({ store: createLowdbStore({ dir }), clock });
    await first.publish();
    const { id } = await first.open();
    const record = await first.store.getCase('demo-county', id);
    if (!record) throw new Error('case not stored');
    // a row the case does not know (left behind by an import or an older version)
    const orphan = {
      id: 'gone:breach:0@1',
      stateId: 'gone',
      kind: 'breach' as const,
      dueAt: '2026-03-03T00:00:00.000Z',
      level: 0,
      countyId: 'demo-county',
      caseId: id,
    };
    const next = { ...record, version: record.version + 1, updatedAt: clock.now().toISOString() };
    const committed = await first.store.commit({
      case: next,
      expectedVersion: record.version,
      history: [
        {
          caseId: id,
          seq: next.version,
          at: next.updatedAt,
          actor: { userId: 'admin' },
          action: 'import',
          from: record.stages,
          to: record.stages,
        },
      ],
      deadlinesSet: [orphan],
      deadlinesCancel: [],
      outbox: [],
      audit: [],
    });
    expect(committed.ok).toBe(true);
    clock.set('2026-03-03T01:00:00.000Z');
    expect(await first.app.gridcase.scheduler.runDue()).toBe(0);
    await first.app.gridcase.stop();
    await first.close();

    const second = await createHarness({ store: createLowdbStore({ dir }), clock });
    // marked durably: not claimed again, and the scheduler does not wake for it
    expect(await second.store.dueDeadlines(clock.now().toISOString(), 10)).toEqual([]);
    expect(await second.store.nextDeadlineAt()).toBe('2026-03-04T16:00:00.000Z');
    expect(await second.app.gridcase.scheduler.runDue()).toBe(0);
    await second.close();
  });

  it('runs in the background once started', async () => {
    const h = await createHarness({ polling: { schedulerMs: 20 } });
    await h.publish();
    const { id } = await h.open();
    h.clock.set(BREACH_PASSED);
    h.app.gridcase.scheduler.start();
    try {
      await expect
        .poll(async () => (await h.store.getCase('demo-county', id))?.context.supervision, {
          timeout: 3000,
        })
        .toBe(1);
    } finally {
      await h.app.gridcase.stop();
    }
  });
});
