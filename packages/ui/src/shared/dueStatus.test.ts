import { describe, expect, it } from 'vitest';
import { dueStatus } from './dueStatus';

const now = new Date('2026-11-23T02:00:00.000Z');

describe('dueStatus', () => {
  it('is overdue from the due time on', () => {
    expect(dueStatus({ dueAt: '2026-11-23T02:00:00.000Z' }, now)).toBe('overdue');
    expect(dueStatus({ dueAt: '2026-11-20T00:00:00.000Z' }, now)).toBe('overdue');
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
