import { activeEntries, asList, effectiveActors } from '../compile';
import { startersOf } from '../step/createCase';
import type { Actor, ActorRule, AreaLevel } from '../types';
import { AREA_LEVELS } from '../types';
import type { TestRun } from './testRun';

/**
 * A pretend user for a test run: `role` held in the run's area at `level` (the grid, the
 * community, the township or the county the pretend case sits in), working for every agency
 * that co-handles the pretend case, so co-handler rules admit them too.
 *
 * @example
 * ```ts
 * const police = pretendActor(run, 'communityPolice', 'community');
 * ```
 */
export function pretendActor(run: TestRun, role: string, level: AreaLevel): Actor {
  const at = Math.min(AREA_LEVELS.indexOf(level), run.areaPath.length - 1);
  return {
    userId: `test-${role}`,
    roles: [{ role, areaId: run.areaPath[at] ?? '', areaLevel: AREA_LEVELS[at] ?? level }],
    agencies: (run.case?.context.coHandlers ?? []).map((h) => h.agency),
  };
}

/**
 * Who may act on the pretend case now (role and area scope), from the rules of the actions of
 * its active stages, or of its final stage's reopen rule; before the case is opened, who may
 * open it. Unique by role and scope, in the order the definition names them.
 *
 * @example
 * ```ts
 * whoMayAct(run); // [{ role: 'communityPolice', scope: 'community' }, ...]
 * ```
 */
export function whoMayAct(run: TestRun): ActorRule[] {
  const { definition } = run;
  const rules: ActorRule[] = [];
  const record = run.case;
  if (!record) {
    rules.push(...startersOf(definition));
  } else {
    const active = activeEntries(definition, record.state);
    for (const source of active) {
      if (record.status === 'done') rules.push(...(source.node.meta?.reopen?.actors ?? []));
      else
        for (const value of Object.values(source.node.on ?? {})) {
          for (const tr of asList(value)) rules.push(...(effectiveActors(tr, source) ?? []));
        }
    }
  }
  const seen = new Set<string>();
  return rules.filter((r) => {
    const key = `${r.role}@${r.scope}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
