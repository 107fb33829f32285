import { describe, expect, it } from 'vitest';
import { createGridcaseApp } from '../app/createGridcaseApp';
import { createJwtAuth } from '../auth/jwtAuth';
import { createManualClock } from '../clock';
import { createMemoryStore } from '../store';
import { seedDemo } from './seedDemo';

describe('seedDemo', () => {
  it('seeds the demo county with every role, both templates and cases at several stages, once', async () => {
    const store = createMemoryStore();
    await store.open();
    const clock = createManualClock('2026-03-02T01:00:00.000Z');
    const auth = createJwtAuth({
      algorithm: 'HS256',
      secret: 'x'.repeat(32),
      issuer: 'i',
      audience: 'a',
      clock,
    });
    const app = createGridcaseApp({
      store,
      auth,
      clock,
      logger: { info() {}, warn() {}, error() {} },
    });
    const first = await seedDemo(app);
    expect(first.skipped.join('\n')).toBe('');
    expect(first.cases).toHaveLength(5);
    const roles = new Set(first.users.flatMap((u) => u.roles.map((r) => r.role)));
    for (const def of ['dispute-mediation', 'hazard-rectification']) {
      const published = await store.getDefinition('demo-county', def, 'latest');
      expect(published?.version).toBe(1);
      for (const role of Object.keys(published!.definition.roles)) expect(roles).toContain(role);
    }
    const stages = (await store.listCases({ countyId: 'demo-county' })).items.flatMap(
      (c) => c.stages,
    );
    expect(new Set(stages).size).toBeGreaterThanOrEqual(4);
    const again = await seedDemo(app);
    expect(again.cases).toEqual([]);
    expect((await store.listCases({ countyId: 'demo-county' })).total).toBe(5);
  });
});
