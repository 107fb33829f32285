import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarFor, createCalendar, workingDaysBetween } from './index';

// 2026-10: Oct 1 (Thu) National Day; Oct 10 (Sat) a make-up workday in this test county.
const county = { holidays: ['2026-10-01', '2026-10-02'], workdays: ['2026-10-10'] };
const at = (local: string) => new Date(`${local}+08:00`);

describe('working days', () => {
  it('are Monday to Friday without a config', () => {
    const cal = createCalendar();
    expect(cal.isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(cal.isWorkingDay('2026-11-23')).toBe(true); // Monday
  });

  it('skip a configured holiday and count a make-up workday', () => {
    const cal = createCalendar(county);
    expect(cal.isWorkingDay('2026-10-01')).toBe(false);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    // Entered Wed 2026-09-30 10:00: Oct 1-2 are holidays, Oct 3-4 weekend, so the first
    // working day is Mon Oct 5; the 5th is Fri Oct 9; the 6th is the make-up Sat Oct 10.
    expect(cal.addWorkingDays(at('2026-09-30T10:00:00'), 1)).toEqual(at('2026-10-06T00:00:00'));
    expect(cal.addWorkingDays(at('2026-09-30T10:00:00'), 6)).toEqual(at('2026-10-11T00:00:00'));
    // Without the county's calendar the same count lands elsewhere.
    expect(addWorkingDays(at('2026-09-30T10:00:00'), 1)).toEqual(at('2026-10-02T00:00:00'));
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of entry and is due at 24:00 county time', () => {
    // Friday 15:00 + 3 working days = end of Wednesday.
    const due = addWorkingDays(at('2026-11-20T15:00:00'), 3);
    expect(due.toISOString()).toBe('2026-11-25T16:00:00.000Z');
  });

  it('counts the day itself when entered at exactly 00:00', () => {
    expect(addWorkingDays(at('2026-11-23T00:00:00'), 1)).toEqual(at('2026-11-24T00:00:00'));
  });

  it('treats n = 0 as the end of the current day', () => {
    expect(addWorkingDays(at('2026-11-21T09:00:00'), 0)).toEqual(at('2026-11-22T00:00:00'));
  });

  it('uses the county offset for the local day, not UTC', () => {
    // 2026-11-20T20:00Z is already Saturday 04:00 in Shanghai: counting starts on Sunday.
    expect(addWorkingDays('2026-11-20T20:00:00Z', 1)).toEqual(at('2026-11-24T00:00:00'));
    const utc = createCalendar({ holidays: [], workdays: [], utcOffsetMinutes: 0 });
    expect(utc.addWorkingDays('2026-11-20T20:00:00Z', 1).toISOString()).toBe(
      '2026-11-24T00:00:00.000Z',
    );
    expect(utc.localDate('2026-11-20T20:00:00Z')).toBe('2026-11-20');
    expect(calendarFor().localDate('2026-11-20T20:00:00Z')).toBe('2026-11-21');
  });

  it('rejects bad input', () => {
    expect(() => addWorkingDays('not a date', 1)).toThrow(
      expect.objectContaining({
        code: 'calendar.invalidDate',
      }),
    );
    expect(() => addWorkingDays(at('2026-11-20T15:00:00'), -1)).toThrow(RangeError);
    expect(() => createCalendar({ holidays: ['2026-13-45'], workdays: [] })).toThrow(
      expect.objectContaining({ code: 'calendar.invalidDate' }),
    );
  });
});

describe('workingDaysBetween', () => {
  it('is the inverse of addWorkingDays', () => {
    const cal = createCalendar(county);
    const from = at('2026-09-28T09:30:00');
    for (const n of [1, 2, 5, 8, 13, 30]) {
      expect(cal.workingDaysBetween(from, cal.addWorkingDays(from, n))).toBe(n);
    }
  });

  it('counts whole working days only, and 0 backwards', () => {
    expect(workingDaysBetween(at('2026-11-20T15:00:00'), at('2026-11-24T23:59:00'))).toBe(1);
    expect(workingDaysBetween(at('2026-11-20T15:00:00'), at('2026-11-25T00:00:00'))).toBe(2);
    expect(workingDaysBetween(at('2026-11-25T00:00:00'), at('2026-11-20T15:00:00'))).toBe(0);
  });

  it('caches one calendar per config object', () => {
    expect(calendarFor(county)).toBe(calendarFor(county));
  });
});
