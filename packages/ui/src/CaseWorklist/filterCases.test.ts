import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, makeCases } from '../fixtures/cases';
import { filterCases } from './filterCases';

const cases = makeCases(30);

describe('filterCases', () => {
  it('pages at offset and limit and reports the full total', () => {
    const page = filterCases(cases, { offset: 10, limit: 10 }, FIXTURE_NOW);
    expect(page.total).toBe(30);
    expect(page.items.map((c) => c.id)).toEqual(cases.slice(10, 20).map((c) => c.id));
  });

  it('keeps only overdue cases when asked', () => {
    const page = filterCases(cases, { overdue: true }, FIXTURE_NOW);
    expect(page.total).toBe(10);
    for (const c of page.items) expect(Date.parse(c.dueAt!)).toBeLessThan(FIXTURE_NOW.getTime());
  });

  it('filters by stage, area, case type and text together', () => {
    const page = filterCases(
      cases,
      { stage: 'dispute.triage', areaId: 'hexi', caseType: 'dispute', q: '邻里' },
      FIXTURE_NOW,
    );
    expect(page.items.length).toBeGreaterThan(0);
    for (const c of page.items) {
      expect(c.stages[0]?.id).toBe('dispute.triage');
      expect(c.areaPath).toContain('hexi');
      expect(c.title).toContain('邻里');
    }
    expect(filterCases(cases, { q: 'gc-2026-1005' }, FIXTURE_NOW).items).toHaveLength(1);
  });

  it('sorts by due date, cases without one last', () => {
    const withoutDue = { ...cases[0]!, id: 'no-due', dueAt: undefined } as (typeof cases)[0];
    const page = filterCases([withoutDue, ...cases], { sort: 'due' }, FIXTURE_NOW);
    const dues = page.items.slice(0, -1).map((c) => c.dueAt!);
    expect(dues).toEqual([...dues].sort());
    expect(page.items.at(-1)?.id).toBe('no-due');
  });
});
