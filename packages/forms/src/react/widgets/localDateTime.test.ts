import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './localDateTime';

describe('datetime-local conversion', () => {
  it('adds seconds and the zone offset so the value is an RFC 3339 date-time', () => {
    expect(fromLocalInput('2026-03-01T09:30', 480)).toBe('2026-03-01T09:30:00+08:00');
    expect(fromLocalInput('2026-03-01T09:30:15', 0)).toBe('2026-03-01T09:30:15+00:00');
    expect(fromLocalInput('2026-03-01T09:30', -330)).toBe('2026-03-01T09:30:00-05:30');
  });

  it('treats an emptied or partial input as no value', () => {
    expect(fromLocalInput('', 480)).toBeUndefined();
    expect(fromLocalInput('2026-03-01', 480)).toBeUndefined();
  });

  it('shows a stored date-time as wall-clock time in the given zone', () => {
    expect(toLocalInput('2026-03-01T01:30:00Z', 480)).toBe('2026-03-01T09:30');
    expect(toLocalInput('2026-03-01T09:30:00+08:00', 480)).toBe('2026-03-01T09:30');
    expect(toLocalInput('2026-03-01T09:30:00+08:00', 0)).toBe('2026-03-01T01:30');
  });

  it('round-trips through the input in the same zone', () => {
    const stored = fromLocalInput('2026-12-31T23:59', 480);
    expect(toLocalInput(stored, 480)).toBe('2026-12-31T23:59');
  });

  it('shows nothing for values that are not date-times', () => {
    expect(toLocalInput(undefined, 480)).toBe('');
    expect(toLocalInput('yesterday', 480)).toBe('');
    expect(toLocalInput(42, 480)).toBe('');
  });
});
