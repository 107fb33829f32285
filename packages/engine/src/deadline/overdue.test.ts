import { describe, expect, it } from 'vitest';
import { createCase, step } from '../step';
import { AREA, flow, gridMember, NOW, police, system } from '../step/stepFixtures';
import type { StepResult } from '../types';
import { caseDueAt, isOverdue, isPastDue } from './index';

function ok(result: StepResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.case;
}
const opened = () =>
  ok(
    createCase(
      flow,
      {
        id: 'c1',
        countyId: 'county1',
        areaPath: AREA,
        data: { summary: '邻里噪音' },
        actor: gridMember,
      },
      NOW,
    ),
  );

describe('overdue', () => {
  it('counts a case overdue from its earliest breach deadline on, not at the instant', () => {
    const record = opened();
    const due = record.deadlines.find((d) => d.kind === 'breach')?.dueAt as string;
    expect(caseDueAt(record)).toBe(due);
    expect(isOverdue(record, due)).toBe(false);
    expect(isOverdue(record, new Date(Date.parse(due) + 1))).toBe(true);
    expect(isPastDue(undefined, NOW)).toBe(false);
  });

  it('stays overdue after the breach fired (reminded) until the case leaves the stage', () => {
    const record = opened();
    const breach = record.deadlines.find((d) => d.kind === 'breach');
    const later = '2026-12-01T02:00:00.000Z';
    const fired = ok(
      step(flow, record, { type: 'deadline.fire', deadlineId: breach?.id, actor: system }, later),
    );
    expect(fired.deadlines.filter((d) => d.kind === 'breach')).toEqual([]);
    expect(caseDueAt(fired)).toBe(breach?.dueAt);
    expect(isOverdue(fired, later)).toBe(true);
    const moved = ok(
      step(flow, fired, { type: 'triage', data: { agencies: [] }, actor: police }, later),
    );
    expect(moved.breaches ?? []).toEqual([]);
    expect(isOverdue(moved, later)).toBe(false);
  });

  it('is never overdue once closed', () => {
    const record = { ...opened(), status: 'done' as const };
    expect(caseDueAt(record)).toBeUndefined();
    expect(isOverdue(record, '2030-01-01T00:00:00.000Z')).toBe(false);
  });
});
