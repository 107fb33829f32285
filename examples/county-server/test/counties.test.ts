import { type Actor, createCase, lintDefinition, step } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';
import { COUNTIES, countySetup } from '../src/counties';
import { makeUsers } from '../src/counties/shared/makeUsers';

const setups = COUNTIES.map((m) => ({ module: m, ...countySetup(m, '2026-08-01T00:00:00.000Z') }));

describe.each(setups)('county $county.id', ({ module, county, users, definitions }) => {
  it('publishes JSON documents the engine linter finds nothing wrong with', () => {
    expect(definitions.length).toBeGreaterThan(0);
    for (const doc of Object.values(module.documents)) expect(lintDefinition(doc)).toEqual([]);
  });

  it('keeps its documents in step with their derivation from the shipped templates', () => {
    const derived = module.derive(county, makeUsers(county, module.users));
    expect(Object.values(module.documents)).toEqual(derived);
  });

  it('nests areas county > township > community > grid with Chinese and English names', () => {
    const byId = new Map(county.areas.map((a) => [a.id, a]));
    const order = ['county', 'township', 'community', 'grid'];
    for (const area of county.areas) {
      expect(area.name['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(area.name.en).toMatch(/[A-Za-z]/);
      if (!area.parentId) expect(area.level).toBe('county');
      else
        expect(order.indexOf(area.level)).toBe(
          order.indexOf(byId.get(area.parentId)?.level ?? '') + 1,
        );
    }
  });

  it('has a demo user for every role, a grid member in every grid and a lead in every township', () => {
    for (const role of Object.keys(county.roles)) {
      expect(users.some((u) => u.roles.some((r) => r.role === role))).toBe(true);
    }
    const holds = (role: string, areaId: string) =>
      users.some((u) => u.roles.some((r) => r.role === role && r.areaId === areaId));
    for (const area of county.areas) {
      if (area.level === 'grid') expect(holds('gridMember', area.id)).toBe(true);
      if (area.level === 'township') expect(holds('townshipLead', area.id)).toBe(true);
    }
  });

  it('only uses roles its definitions know, held in the county’s own areas', () => {
    const known = new Set([...definitions.flatMap((d) => Object.keys(d.roles)), 'countyAdmin']);
    for (const user of users) for (const r of user.roles) expect(known).toContain(r.role);
  });
});

describe('the two counties', () => {
  it('run different processes: Fengyuan mediates disputes, Linhu rectifies hazards', () => {
    const ids = (id: string) =>
      setups.find((s) => s.county.id === id)?.definitions.map((d) => d.id);
    expect(ids('fengyuan')).toEqual(['dispute-mediation']);
    expect(ids('linhu')).toEqual(['hazard-rectification']);
  });

  it('let Fengyuan pick its mediators and co-handling agencies from lists', () => {
    const def = setups.find((s) => s.county.id === 'fengyuan')!.definitions[0]!;
    const agencies = def.forms.coHandling!.schema.properties as Record<
      string,
      { items: { enum: string[] } }
    >;
    expect(agencies.assistingAgencies!.items.enum).toEqual([
      'fy-ps-cg',
      'fy-ps-sm',
      'fy-jo-cg',
      'fy-jo-sm',
      'fy-law-mingli',
    ]);
  });

  it('let only the department on Linhu’s notice report rectification', () => {
    const def = setups.find((s) => s.county.id === 'linhu')!.definitions[0]!;
    expect(def.machine.states?.rectifying?.meta?.actors).toEqual([
      { role: 'departmentHandler', scope: 'township', coHandler: 'lead' },
    ]);
  });
});

describe('Fengyuan’s triage', () => {
  it('goes back to the community police officer when the mediator returns a case', () => {
    const def = setups.find((s) => s.county.id === 'fengyuan')!.definitions[0]!;
    const areaPath = ['fengyuan', 'fy-cg', 'fy-cg-cd', 'fy-cg-cd-g1'];
    const actor = (
      userId: string,
      role: string,
      areaId: string,
      level: 'grid' | 'community' | 'township',
    ): Actor => ({
      userId,
      roles: [{ role, areaId, areaLevel: level }],
    });
    const opened = createCase(
      def,
      {
        id: 'D1',
        countyId: 'fengyuan',
        areaPath,
        data: {
          summary: '邻里纠纷',
          category: 'neighbour',
          severity: 'general',
          source: 'gridPatrol',
          parties: [
            { name: '张三', role: 'applicant' },
            { name: '李四', role: 'respondent' },
          ],
        },
        actor: actor('fy-grid-cd1', 'gridMember', 'fy-cg-cd-g1', 'grid'),
      },
      '2026-11-23T01:00:00Z',
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const accepted = step(
      def,
      opened.case,
      {
        type: 'accept',
        data: { mediatorId: 'fy-med-cg' },
        actor: actor('fy-police-cd', 'communityPolice', 'fy-cg-cd', 'community'),
      },
      '2026-11-23T02:00:00Z',
    );
    if (!accepted.ok) throw new Error(accepted.error.message);
    expect(accepted.case.context.assignee).toEqual({
      role: 'mediator',
      areaId: 'fy-cg',
      userId: 'fy-med-cg',
    });
    const returned = step(
      def,
      accepted.case,
      {
        type: 'return',
        reason: '不属于调解范围',
        actor: actor('fy-med-cg', 'mediator', 'fy-cg', 'township'),
      },
      '2026-11-23T03:00:00Z',
    );
    if (!returned.ok) throw new Error(returned.error.message);
    expect(returned.case.stages).toEqual(['dispute-mediation.registered']);
    expect(returned.case.context.assignee).toEqual({ role: 'communityPolice', areaId: 'fy-cg-cd' });
  });
});
