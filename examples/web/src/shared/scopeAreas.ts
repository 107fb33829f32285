import type { RoleAssignment } from '@gridcase/engine';
import type { CountyInfo } from '../api/exampleApi';

type Area = CountyInfo['areas'][number];

/**
 * The areas a user works in: the areas their roles are held in and everything below them, in
 * the county's order.
 *
 * @example
 * ```ts
 * scopeAreas(county, user.roles).filter((a) => a.level === 'grid'); // the grids they may report in
 * ```
 */
export function scopeAreas(county: CountyInfo, roles: RoleAssignment[]): Area[] {
  const held = new Set(roles.map((r) => r.areaId));
  const parent = new Map(county.areas.map((a) => [a.id, a.parentId]));
  const inside = (id: string | undefined): boolean =>
    id !== undefined && (held.has(id) || inside(parent.get(id)));
  return county.areas.filter((a) => inside(a.id));
}
