import type { Actor, AreaPath, CaseRecord } from '@gridcase/engine';
import type { County, User } from '../store/types';

/** The role that configures a county (definitions, webhooks) when held at county level. */
export const DEFAULT_ADMIN_ROLE = 'countyAdmin';

/**
 * The area ids a user's roles are held in. A case is in the user's scope when its area path
 * contains one of them (a township lead's township contains every grid below it).
 *
 * @example
 * ```ts
 * scopeAreas(user); // ['twp-east', 'grid-e1']
 * ```
 */
export function scopeAreas(user: Pick<User, 'roles'>): string[] {
  return [...new Set(user.roles.map((r) => r.areaId))];
}

/**
 * Whether a case sits inside one of the given areas.
 *
 * @example
 * ```ts
 * inScope(['twp-east'], { areaPath: ['county', 'twp-east', 'comm-1', 'grid-e1'] }); // true
 * ```
 */
export function inScope(areas: readonly string[], record: Pick<CaseRecord, 'areaPath'>): boolean {
  return record.areaPath.some((id) => areas.includes(id));
}

/**
 * The path from the county down to an area (`[county, township, community, grid]`), or
 * `undefined` for an area the county does not have.
 *
 * @example
 * ```ts
 * areaPathOf(county, 'grid-e1'); // ['c1', 'twp-east', 'comm-1', 'grid-e1']
 * ```
 */
export function areaPathOf(county: Pick<County, 'areas'>, areaId: string): AreaPath | undefined {
  const byId = new Map(county.areas.map((a) => [a.id, a]));
  const path: string[] = [];
  let current = byId.get(areaId);
  while (current) {
    if (path.includes(current.id)) return undefined;
    path.unshift(current.id);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path.length > 0 ? path : undefined;
}

/**
 * Whether the user holds `role` at county level (the county admin configures the county).
 *
 * @example
 * ```ts
 * isCountyAdmin(user, 'countyAdmin'); // true for the county political-legal committee's admin
 * ```
 */
export function isCountyAdmin(
  user: Pick<User, 'roles'>,
  role: string = DEFAULT_ADMIN_ROLE,
): boolean {
  return user.roles.some((r) => r.role === role && r.areaLevel === 'county');
}

/**
 * The engine's view of a user: roles with areas, agencies, never a token claim.
 *
 * @example
 * ```ts
 * const result = step(definition, record, { type: 'assign', actor: actorOf(user) }, now);
 * ```
 */
export function actorOf(user: User): Actor {
  return { userId: user.id, name: user.name, roles: user.roles, agencies: user.agencies };
}

/** The system actor the scheduler and migrations act as. */
export const SYSTEM_ACTOR: Actor = { userId: 'system', name: 'system', roles: [], system: true };
