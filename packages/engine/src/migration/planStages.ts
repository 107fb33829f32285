import type { MigrationPlan, WorkflowDefinition } from '../types';
import { entriesByPath, pathOf, runningLeaves, targetFor } from './stateMap';

/**
 * The stages a running case can sit in, as plans write them (dotted paths from the root): the
 * rows a plan editor lists for the old version and the choices it offers from the new one.
 *
 * @example
 * ```ts
 * planStages(disputeMediation); // ['registered', 'investigating', 'mediation.sessions', ...]
 * ```
 */
export function planStages(definition: WorkflowDefinition): string[] {
  return runningLeaves(definition).map(pathOf);
}

/**
 * Where `plan` sends a case sitting in each running stage of `from`: the stage of `to` (a
 * mapped ancestor's same-named sub-stage, as `migrateCase` moves it), by old stage path. Stages
 * the plan does not cover, or maps to no stage of `to`, are left out.
 *
 * @example
 * ```ts
 * planTargets(v1, v2, { id: 'p', states: { mediation: 'mediation' } });
 * // { 'mediation.sessions': 'mediation.sessions', 'mediation.joint.lead.handling': ..., ... }
 * ```
 */
export function planTargets(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  plan: MigrationPlan,
): Record<string, string> {
  const newByPath = entriesByPath(to);
  const out: Record<string, string> = {};
  for (const leaf of runningLeaves(from)) {
    const target = targetFor(plan, leaf, newByPath);
    if (target) out[pathOf(leaf)] = pathOf(target);
  }
  return out;
}
