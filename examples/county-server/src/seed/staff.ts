import type { County, User } from '@gridcase/server';

/** Who works where: looks up a county's users by role and area. */
export interface Staff {
  /** The holders of `role` in exactly `areaId`. */
  in(role: string, areaId: string): User[];
  /** The one holder of `role` in `areaId` (the first, when several). */
  one(role: string, areaId: string): User;
  /** Holders of `role` in `areaId` working for an agency of `kind`. */
  ofKind(role: string, areaId: string, kind: string): User[];
  /** The area's parent chain: `{ grid, community, township }` ids for a grid. */
  pathOf(gridId: string): { grid: string; community: string; township: string };
}

/**
 * Indexes a county's users for writing stories ("the police officer of this community").
 *
 * @example
 * ```ts
 * const staff = createStaff(county, users);
 * staff.one('communityPolice', 'fy-cg-cd').id; // 'fy-police-cd'
 * ```
 */
export function createStaff(county: County, users: User[]): Staff {
  const parent = new Map(county.areas.map((a) => [a.id, a.parentId]));
  const kind = new Map(county.agencies.map((a) => [a.id, a.kind]));
  const holders = (role: string, areaId: string) =>
    users.filter((u) => u.roles.some((r) => r.role === role && r.areaId === areaId));
  return {
    in: holders,
    one(role, areaId) {
      const user = holders(role, areaId)[0];
      if (!user) throw new Error(`${county.id}: nobody is ${role} in ${areaId}`);
      return user;
    },
    ofKind: (role, areaId, k) =>
      holders(role, areaId).filter((u) => u.agencies.some((a) => kind.get(a) === k)),
    pathOf(gridId) {
      const community = parent.get(gridId);
      const township = community && parent.get(community);
      if (!community || !township) throw new Error(`${gridId} is not a grid`);
      return { grid: gridId, community, township };
    },
  };
}
