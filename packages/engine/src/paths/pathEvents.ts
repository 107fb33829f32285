import type { CaseEvent } from '../catalog';
import { activeEntries, asList, effectiveActors, stateEntries } from '../compile';
import type { Actor, ActorRule, CaseContext, GuardRef, WorkflowDefinition } from '../types';
import { isObj, schemaSamples } from './schemaSamples';
import { transitionWitnesses } from './witnesses';

/** The pretend case's area: county, township, community, grid. */
export const PATH_AREA = ['county', 'township', 'community', 'grid'];
export const SYSTEM: Actor = { userId: 'paths', roles: [], system: true };

/** A snapshot as path generation sees it: value, status and context. */
export interface PathSnapshot {
  value: unknown;
  status: string;
  context: CaseContext;
}

/** An actor who holds `roles` (and the rules' roles) county-wide, in every co-handling agency. */
function pretendActor(roles: string[], rules: ActorRule[] | undefined, context: CaseContext) {
  if (roles.length === 0) return SYSTEM;
  const held = new Set([...roles, ...(rules ?? []).map((r) => r.role)]);
  return {
    userId: 'paths',
    roles: [...held].map((role) => ({ role, areaId: PATH_AREA[0] as string, areaLevel: 'county' })),
    agencies: context.coHandlers.map((h) => h.agency),
  } satisfies Actor;
}

/** A sample payload for an action's form: what an officer filling it in might send. */
function formSample(definition: WorkflowDefinition, form: string | undefined) {
  const schema = form ? definition.forms[form]?.schema : undefined;
  const [sample] = schemaSamples(schema).filter(isObj);
  return sample ?? {};
}

/**
 * The events to try from a snapshot: for every transition of the active stages, its form's
 * sample overlaid with each witness of its guard (and the failure of the guards listed before
 * it); `reopen` on a closed case whose final stage allows it. Users act as the system unless a
 * guard wants a role.
 */
export function pathEvents(definition: WorkflowDefinition, snapshot: PathSnapshot): CaseEvent[] {
  const active = activeEntries(definition, snapshot.value);
  if (snapshot.status === 'done') {
    const reopen = active.some((e) => e.node.meta?.reopen);
    return reopen ? [{ type: 'reopen', actor: SYSTEM, areaPath: PATH_AREA }] : [];
  }
  const events = new Map<string, CaseEvent>();
  for (const source of active) {
    for (const [type, value] of Object.entries(source.node.on ?? {})) {
      const list = asList(value);
      list.forEach((transition, i) => {
        const base = formSample(definition, transition.meta?.form);
        const rules = effectiveActors(transition, source);
        for (const w of transitionWitnesses(list, i)) {
          const actor = pretendActor(w.roles, rules, snapshot.context);
          const event = { type, data: { ...base, ...w.data }, actor, areaPath: PATH_AREA };
          events.set(JSON.stringify(event), event);
        }
      });
    }
  }
  return [...events.values()];
}

function guardsOf(guard: GuardRef | undefined): GuardRef[] {
  if (!guard) return [];
  if (guard.type === 'and' || guard.type === 'or')
    return [guard, ...guard.params.guards.flatMap(guardsOf)];
  if (guard.type === 'not') return [guard, ...guardsOf(guard.params.guard)];
  return [guard];
}

/**
 * How path generation tells snapshots apart: the state value, status and outcome, which kinds
 * of co-handler the case has, and the reopen count as far as a `reopenCountBelow` guard looks.
 * Case data is left out, so loops (return, reopen) end.
 */
export function stateKey(definition: WorkflowDefinition) {
  let bound = 0;
  for (const { node } of stateEntries(definition.machine)) {
    for (const value of Object.values(node.on ?? {})) {
      for (const tr of asList(value)) {
        for (const g of guardsOf(tr.guard)) {
          if (g.type === 'reopenCountBelow') bound = Math.max(bound, g.params.max);
        }
      }
    }
  }
  return (s: PathSnapshot) => {
    const kinds = [...new Set(s.context.coHandlers.map((h) => h.lead))].sort();
    const reopened = Math.min(s.context.reopenCount, bound);
    return JSON.stringify([s.value, s.status, s.context.outcome ?? null, kinds, reopened]);
  };
}
