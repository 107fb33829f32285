import type { LocalizedText } from '@gridcase/forms';
import type { CaseStore } from '@gridcase/server';

/** One demo login as the sign-in page lists it. */
export interface DemoUser {
  username: string;
  name: string;
  roles: { role: string; title: LocalizedText; areaId: string; areaName: LocalizedText }[];
  agencies: { id: string; name: LocalizedText }[];
}

/** The demo logins of one county. */
export interface DemoCounty {
  id: string;
  name: LocalizedText;
  users: DemoUser[];
}

/**
 * Every county's users with their roles and areas spelled out, for the example's sign-in page.
 * Only the development sign-in uses it: usernames are not secrets there.
 *
 * @example
 * ```ts
 * const counties = await demoUsers(store);
 * counties[0].users[0]; // { username: 'fy-admin', name: '林晓雯', roles: [...], agencies: [] }
 * ```
 */
export async function demoUsers(store: CaseStore): Promise<DemoCounty[]> {
  const out: DemoCounty[] = [];
  for (const county of await store.listCounties()) {
    const areas = new Map(county.areas.map((a) => [a.id, a.name]));
    const agencies = new Map(county.agencies.map((a) => [a.id, a.name]));
    const users = (await store.listUsers(county.id)).filter((u) => !u.disabled);
    out.push({
      id: county.id,
      name: county.name,
      users: users.map((u) => ({
        username: u.username,
        name: u.name,
        roles: u.roles.map((r) => ({
          role: r.role,
          title: county.roles[r.role]?.title ?? { 'zh-CN': r.role, en: r.role },
          areaId: r.areaId,
          areaName: areas.get(r.areaId) ?? { 'zh-CN': r.areaId, en: r.areaId },
        })),
        agencies: u.agencies.map((id) => ({
          id,
          name: agencies.get(id) ?? { 'zh-CN': id, en: id },
        })),
      })),
    });
  }
  return out;
}
