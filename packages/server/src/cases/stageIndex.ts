import type { StateMeta, StateNodeConfig, WorkflowDefinition } from '@gridcase/engine';

const indexes = new WeakMap<WorkflowDefinition, Map<string, StateMeta | undefined>>();

/**
 * Every state node of a definition by its xstate id (`${machine.id}.${path}` unless the node
 * sets its own `id`) with its case metadata. Cached per definition object.
 *
 * @example
 * ```ts
 * stageIndex(definition).get('dispute-mediation.mediation')?.title; // { 'zh-CN': '调解', en: 'Mediation' }
 * ```
 */
export function stageIndex(definition: WorkflowDefinition): Map<string, StateMeta | undefined> {
  const cached = indexes.get(definition);
  if (cached) return cached;
  const index = new Map<string, StateMeta | undefined>();
  const visit = (node: StateNodeConfig & { id?: string }, path: string[]) => {
    const id =
      path.length === 0
        ? definition.machine.id
        : (node.id ?? [definition.machine.id, ...path].join('.'));
    index.set(id, node.meta);
    for (const [key, child] of Object.entries(node.states ?? {})) visit(child, [...path, key]);
  };
  visit(definition.machine, []);
  indexes.set(definition, index);
  return index;
}
