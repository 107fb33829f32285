import type { RoleAssignment } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { CountyInfo } from '../api/exampleApi';

/**
 * A user's roles as people say them: `网格员 · 城东社区第一网格`, several joined.
 *
 * @example
 * ```ts
 * roleLabel(county, user.roles, 'zh-CN'); // '社区民警 · 城东社区'
 * ```
 */
export function roleLabel(county: CountyInfo, roles: RoleAssignment[], locale: Locale): string {
  return roles
    .map((r) => {
      const title = county.roles[r.role]?.title;
      const area = county.areas.find((a) => a.id === r.areaId)?.name;
      return `${title ? localize(title, locale) : r.role} · ${area ? localize(area, locale) : r.areaId}`;
    })
    .join(locale === 'zh-CN' ? '；' : '; ');
}
