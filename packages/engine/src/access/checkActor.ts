import type { Actor, ActorRule, AreaLevel, AreaPath, CoHandler } from '../types';
import { AREA_LEVELS } from '../types';

/** Why an actor may not act: none of the roles, or the roles but not over the case's area. */
export type ActorCheck = 'ok' | 'wrongRole' | 'outsideArea';

/**
 * The id of the case's area at `level` (`areaPath[0]` is the county), or undefined when the
 * case sits above that level.
 *
 * @example
 * ```ts
 * areaAt(['c1', 't1', 'v1', 'g1'], 'township'); // 't1'
 * ```
 */
export function areaAt(areaPath: AreaPath, level: AreaLevel): string | undefined {
  return areaPath[AREA_LEVELS.indexOf(level)];
}

/** Whether one rule admits the actor on a case in `areaPath` with these co-handlers. */
function admits(actor: Actor, rule: ActorRule, areaPath: AreaPath, coHandlers: CoHandler[]) {
  const widest = AREA_LEVELS.indexOf(rule.scope);
  const inArea = actor.roles.some((held) => {
    const level = AREA_LEVELS.indexOf(held.areaLevel);
    return held.role === rule.role && level <= widest && areaPath[level] === held.areaId;
  });
  if (!inArea || !rule.coHandler) return inArea;
  const lead = rule.coHandler === 'lead';
  return coHandlers.some((h) => h.lead === lead && actor.agencies?.includes(h.agency));
}

/**
 * Checks an actor against the rules of a stage or an action ({@link ActorRule} semantics): the
 * actor must hold one rule's role in an area on the case's area path at the rule's scope level or
 * wider (a county-level holder qualifies for a township rule), and, for co-handler rules, work
 * for such a co-handling agency. The system actor always passes. No rules admit no one.
 *
 * @example
 * ```ts
 * const grid = { role: 'gridMember', areaId: 'g1', areaLevel: 'grid' } as const;
 * checkActor({ userId: 'u', roles: [grid] }, [{ role: 'gridMember', scope: 'grid' }],
 *   ['c1', 't1', 'v1', 'g1']); // 'ok'
 * ```
 */
export function checkActor(
  actor: Actor,
  rules: readonly ActorRule[],
  areaPath: AreaPath,
  coHandlers: CoHandler[] = [],
): ActorCheck {
  if (actor.system) return 'ok';
  if (rules.some((rule) => admits(actor, rule, areaPath, coHandlers))) return 'ok';
  const roles = new Set(actor.roles.map((r) => r.role));
  return rules.some((rule) => roles.has(rule.role)) ? 'outsideArea' : 'wrongRole';
}
