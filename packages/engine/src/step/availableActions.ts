import { checkActor } from '../access';
import { activeEntries, asList, effectiveActors } from '../compile';
import type { Actor, AvailableAction, CaseRecord, WorkflowDefinition } from '../types';

/**
 * The actions this actor can take on this case now, each with its title, form, verb and
 * whether it needs a reason: the events of the active stages whose actor rules admit the actor
 * (first matching transition per event), or `reopen` on a closed case whose final stage allows
 * it. Guards that look at the payload are checked only when the action is taken.
 *
 * @example
 * ```ts
 * for (const action of availableActions(definition, caseRecord, actor)) {
 *   console.log(action.type, action.title['zh-CN'], action.form?.id);
 * }
 * ```
 */
export function availableActions(
  definition: WorkflowDefinition,
  caseRecord: CaseRecord,
  actor: Actor,
): AvailableAction[] {
  const { areaPath, context } = caseRecord;
  const admits = (rules: Parameters<typeof checkActor>[1] | undefined) =>
    checkActor(actor, rules ?? [], areaPath, context.coHandlers) === 'ok';
  const describe = (
    type: string,
    meta: Pick<AvailableAction, 'title' | 'verb' | 'requiresReason'> & { form?: string },
  ) => {
    const action: AvailableAction = { type, title: meta.title };
    const form = meta.form ? definition.forms[meta.form] : undefined;
    if (form) action.form = form;
    if (meta.verb) action.verb = meta.verb;
    if (meta.requiresReason) action.requiresReason = true;
    return action;
  };

  const active = activeEntries(definition, caseRecord.state);
  if (caseRecord.status === 'done') {
    const reopen = active.find((e) => e.node.meta?.reopen)?.node.meta?.reopen;
    if (!reopen || !admits(reopen.actors)) return [];
    return [describe('reopen', { ...reopen, verb: 'reopen' })];
  }
  const out = new Map<string, AvailableAction>();
  for (const source of active) {
    for (const [type, transitions] of Object.entries(source.node.on ?? {})) {
      if (out.has(type)) continue;
      const taken = asList(transitions).find((tr) => admits(effectiveActors(tr, source)));
      if (taken)
        out.set(type, describe(type, { title: { 'zh-CN': type, en: type }, ...taken.meta }));
    }
  }
  return [...out.values()];
}
