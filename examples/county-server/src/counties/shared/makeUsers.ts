import type { County, User } from '@gridcase/server';
import type { UserSpec } from '../types';

/**
 * Turns a county's list of people into store users: each role is held in an area of the county
 * at that area's level; the username (for the development sign-in) is the id.
 *
 * @example
 * ```ts
 * makeUsers(county, [{ id: 'fy-grid-cd1', name: '王丽', roles: [['gridMember', 'fy-cg-cd-g1']] }]);
 * ```
 */
export function makeUsers(county: County, specs: UserSpec[]): User[] {
  const levels = new Map(county.areas.map((a) => [a.id, a.level]));
  const agencies = new Set(county.agencies.map((a) => a.id));
  return specs.map((spec) => ({
    id: spec.id,
    countyId: county.id,
    name: spec.name,
    username: spec.id,
    roles: spec.roles.map(([role, areaId]) => {
      const areaLevel = levels.get(areaId);
      if (!areaLevel) throw new Error(`${spec.id}: ${county.id} has no area ${areaId}`);
      if (!county.roles[role]) throw new Error(`${spec.id}: ${county.id} has no role ${role}`);
      return { role, areaId, areaLevel };
    }),
    agencies: (spec.agencies ?? []).map((id) => {
      if (!agencies.has(id)) throw new Error(`${spec.id}: ${county.id} has no agency ${id}`);
      return id;
    }),
  }));
}
