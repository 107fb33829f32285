import type { County, User } from '@gridcase/server';
import type { Choice } from '../../definitions/customize';

/**
 * The county's agencies of some kinds, as choices labelled with their names.
 *
 * @example
 * ```ts
 * agencyChoices(county, ['police', 'justice', 'lawFirm']);
 * ```
 */
export function agencyChoices(county: County, kinds: string[]): Choice[] {
  return county.agencies
    .filter((a) => kinds.includes(a.kind))
    .map((a) => ({ value: a.id, label: a.name }));
}

/**
 * The people holding a role, as choices labelled `name（area or agency）`.
 *
 * @example
 * ```ts
 * userChoices(county, users, 'mediator'); // [{ value: 'fy-med-cg', label: { 'zh-CN': '赵敏（城关街道）', ... } }]
 * ```
 */
export function userChoices(county: County, users: User[], role: string): Choice[] {
  const areas = new Map(county.areas.map((a) => [a.id, a.name]));
  const agencies = new Map(county.agencies.map((a) => [a.id, a.name]));
  return users
    .filter((u) => u.roles.some((r) => r.role === role))
    .map((u) => {
      const held = u.roles.find((r) => r.role === role);
      const where =
        (u.agencies[0] && agencies.get(u.agencies[0])) ?? (held && areas.get(held.areaId));
      return {
        value: u.id,
        label: {
          'zh-CN': where ? `${u.name}（${where['zh-CN']}）` : u.name,
          en: where ? `${u.name} (${where.en})` : u.name,
        },
      };
    });
}
