import { describe, expect, it } from 'vitest';
import { formsSection } from './formsSection';

describe('the forms section (quick mode, real Chromium)', () => {
  it('measures all three variants on the 200-field form and states its goals', {
    timeout: 60_000,
  }, async () => {
    const section = await formsSection({ quick: true });
    expect(section.rows.map((r) => r.variant)).toEqual([
      expect.stringContaining('SchemaForm'),
      expect.stringContaining('RJSF'),
      expect.stringContaining('react-hook-form'),
    ]);
    for (const row of section.rows) {
      for (const column of ['painted, ms', 'JS/key, ms', 'first key JS, ms', 'heap, MB']) {
        const value = Number(row.cells[column]);
        expect(value, `${row.variant}: ${column}`).toBeGreaterThan(0);
      }
      expect(row.cells['renders/key (median, max)']).toMatch(/^\d+, \d+$/);
    }
    // RJSF renders its whole form on every key: proof that renders are really counted.
    expect(section.rows[1]?.cells['renders/key (median, max)']).toMatch(/^[1-9]\d*, /);
    expect(section.goals.map((g) => g.text)).toHaveLength(4);
    for (const goal of section.goals) expect(goal.measured).toMatch(/\d/);
  });
});
