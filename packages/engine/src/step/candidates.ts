import { checkActor } from '../access';
import { activeEntries, asList, effectiveActors, type StateEntry } from '../compile';
import type { ErrorCode, ErrorDetails } from '../errors';
import type { Actor, ActorRule, CaseRecord, TransitionConfig, WorkflowDefinition } from '../types';

/** A transition the event could take from one active state, with who may take it. */
export interface Candidate {
  source: StateEntry;
  transition: TransitionConfig;
  rules: ActorRule[];
}

/** The transitions for an event from the active states, deepest first (guards not evaluated). */
export function candidatesFor(
  definition: WorkflowDefinition,
  value: unknown,
  event: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const source of activeEntries(definition, value)) {
    for (const transition of asList(source.node.on?.[event])) {
      out.push({ source, transition, rules: effectiveActors(transition, source) ?? [] });
    }
  }
  return out;
}

/** Whether the actor may take a candidate on this case. */
export function permits(actor: Actor, candidate: { rules: ActorRule[] }, record: CaseRecord) {
  return checkActor(actor, candidate.rules, record.areaPath, record.context.coHandlers) === 'ok';
}

/** The error for an actor no candidate admits: outside the area, or the wrong role. */
export function refusal(
  actor: Actor,
  rules: ActorRule[],
  record: CaseRecord,
  action: string,
): { code: ErrorCode; details: ErrorDetails } {
  const check = checkActor(actor, rules, record.areaPath, record.context.coHandlers);
  if (check === 'outsideArea') {
    const held = new Set(actor.roles.map((r) => r.role));
    const scopes = rules.filter((r) => held.has(r.role)).map((r) => r.scope);
    return { code: 'auth.outsideArea', details: { action, scope: scopes[0] ?? 'county', scopes } };
  }
  const roles = [...new Set(rules.map((r) => r.role))];
  return { code: 'auth.wrongRole', details: { action, roles } };
}
