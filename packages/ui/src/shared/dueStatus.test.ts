import { describe, expect, it } from 'vitest';
import { caseDue, dueStatus } from './dueStatus';

const now = new Date('2026-11-23T02:00:00.000Z');

describe('dueStatus', () => {
  it('is overdue strictly after the due time (the engine’s isOverdue rule)', () => {
    expect(dueStatus({ dueAt: '2026-11-23T01:59:59.999Z' }, now)).toBe('overdue');
    expect(dueStatus({ dueAt: '2026-11-20T00:00:00.000Z' }, now)).toBe('overdue');
    expect(dueStatus({ dueAt: '2026-11-23T02:00:00.000Z' }, now)).toBe('soon');
  });

  it('is due soon from the warning time, or within a day without one', () => {
    const dueAt = '2026-11-25T00:00:00.000Z';
    expect(dueStatus({ dueAt, warnAt: '2026-11-23T00:00:00.000Z' }, now)).toBe('soon');
    expect(dueStatus({ dueAt, warnAt: '2026-11-24T00:00:00.000Z' }, now)).toBe('onTrack');
    expect(dueStatus({ dueAt: '2026-11-23T20:00:00.000Z' }, now)).toBe('soon');
    expect(dueStatus({ dueAt }, now)).toBe('onTrack');
  });

  it('says none without a deadline', () => {
    expect(dueStatus({}, now)).toBe('none');
  });
});

describe('caseDue', () => {
  it('keeps a case overdue after its breach fired, until it leaves the stage', () => {
    const breached = {
      status: 'active' as const,
      deadlines: [],
      breaches: [{ stateId: 'd.triage', dueAt: '2026-11-20T00:00:00.000Z' }],
    };
    expect(caseDue(breached)).toBe('2026-11-20T00:00:00.000Z');
    expect(dueStatus({ dueAt: caseDue(breached) }, now)).toBe('overdue');
    expect(caseDue({ ...breached, breaches: [] })).toBeUndefined();
    expect(caseDue({ ...breached, status: 'done' })).toBeUndefined();
  });
});
