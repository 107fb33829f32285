import { describe, expect, it } from 'vitest';
import type { Actor, RoleAssignment } from '../types';
import { areaAt, checkActor } from './index';

const path = ['county', 'town', 'village', 'grid1'];
const actor = (...roles: RoleAssignment[]): Actor => ({ userId: 'u1', roles });

describe('checkActor', () => {
  const rules = [{ role: 'townshipLead', scope: 'township' as const }];

  it('admits the role held over the case’s area at the scope level', () => {
    const lead = actor({ role: 'townshipLead', areaId: 'town', areaLevel: 'township' });
    expect(checkActor(lead, rules, path)).toBe('ok');
  });

  it('admits a holder in a wider area, refuses one in a narrower level', () => {
    const countyLead = actor({ role: 'townshipLead', areaId: 'county', areaLevel: 'county' });
    expect(checkActor(countyLead, rules, path)).toBe('ok');
    const villageLead = actor({ role: 'townshipLead', areaId: 'village', areaLevel: 'community' });
    expect(checkActor(villageLead, rules, path)).toBe('outsideArea');
  });

  it('tells a holder of the role elsewhere from an actor without the role', () => {
    const other = actor({ role: 'townshipLead', areaId: 'town2', areaLevel: 'township' });
    expect(checkActor(other, rules, path)).toBe('outsideArea');
    const mediator = actor({ role: 'mediator', areaId: 'town', areaLevel: 'township' });
    expect(checkActor(mediator, rules, path)).toBe('wrongRole');
  });

  it('refuses everyone when there are no rules, except the system', () => {
    expect(checkActor(actor(), [], path)).toBe('wrongRole');
    expect(checkActor({ userId: 'scheduler', roles: [], system: true }, [], path)).toBe('ok');
  });

  it('requires agency membership for co-handler rules', () => {
    const rule = [{ role: 'handler', scope: 'township' as const, coHandler: 'assisting' as const }];
    const handler: Actor = {
      userId: 'u2',
      roles: [{ role: 'handler', areaId: 'town', areaLevel: 'township' }],
      agencies: ['justice'],
    };
    expect(checkActor(handler, rule, path, [])).toBe('outsideArea');
    expect(checkActor(handler, rule, path, [{ agency: 'justice', lead: true }])).toBe(
      'outsideArea',
    );
    expect(checkActor(handler, rule, path, [{ agency: 'justice', lead: false }])).toBe('ok');
  });

  it('a case above a rule’s level cannot be reached by a holder at that level', () => {
    const grid = actor({ role: 'gridMember', areaId: 'grid1', areaLevel: 'grid' });
    expect(checkActor(grid, [{ role: 'gridMember', scope: 'grid' }], ['county', 'town'])).toBe(
      'outsideArea',
    );
  });
});

describe('areaAt', () => {
  it('reads the area id at a level', () => {
    expect(areaAt(path, 'township')).toBe('town');
    expect(areaAt(['county'], 'grid')).toBeUndefined();
  });
});
