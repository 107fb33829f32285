import type { DemoCounty } from './demoUsers';

/**
 * The demo logins as a plain-text table per county, one line per user: username, name, roles.
 *
 * @example
 * ```ts
 * console.log(formatLogins(await demoUsers(store)));
 * ```
 */
export function formatLogins(counties: DemoCounty[]): string {
  const lines: string[] = [];
  for (const county of counties) {
    lines.push('', `  ${county.name['zh-CN']} (${county.name.en})`);
    const width = Math.max(...county.users.map((u) => u.username.length));
    for (const user of county.users) {
      const roles = user.roles.map((r) => `${r.title['zh-CN']}·${r.areaName['zh-CN']}`).join('、');
      const agencies = user.agencies.map((a) => a.name['zh-CN']).join('、');
      lines.push(
        `    ${user.username.padEnd(width)}  ${user.name}  ${roles}${agencies ? `（${agencies}）` : ''}`,
      );
    }
  }
  return lines.join('\n');
}
