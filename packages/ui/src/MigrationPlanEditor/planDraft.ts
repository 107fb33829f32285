import {
  type FieldMove,
  type MigrationPlan,
  planStages,
  planTargets,
  type WorkflowDefinition,
} from '@gridcase/engine';

/** What the editor holds: a new stage (or `''`) per old running stage, field moves, the id. */
export interface PlanDraft {
  id: string;
  targets: Record<string, string>;
  fields: FieldMove[];
}

/**
 * The editor's starting point: an initial plan as it moves each running stage (a mapped
 * ancestor covers its sub-stages), else every stage to the new stage of the same path.
 */
export function planDraft(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  initial?: MigrationPlan,
): PlanDraft {
  if (initial) {
    return {
      id: initial.id,
      targets: planTargets(from, to, initial),
      fields: (initial.fields ?? []).map((f) => ({ from: f.from, to: f.to })),
    };
  }
  const next = new Set(planStages(to));
  return {
    id: `${from.id}-v${from.version}-v${to.version}`,
    targets: Object.fromEntries(planStages(from).flatMap((s) => (next.has(s) ? [[s, s]] : []))),
    fields: [],
  };
}

/**
 * The plan JSON a draft stands for (what `checkPlan` reads): one key per mapped old stage,
 * field moves with both sides written; the initial plan's title is kept.
 */
export function draftPlan(
  from: WorkflowDefinition,
  to: WorkflowDefinition,
  draft: PlanDraft,
  initial?: MigrationPlan,
): MigrationPlan {
  const fields = draft.fields
    .map((f) => ({ from: f.from.trim(), to: f.to.trim() }))
    .filter((f) => f.from && f.to);
  return {
    id: draft.id,
    ...(initial?.title ? { title: initial.title } : {}),
    definitionId: from.id,
    fromVersion: from.version,
    toVersion: to.version,
    states: Object.fromEntries(
      planStages(from).flatMap((s) => (draft.targets[s] ? [[s, draft.targets[s]]] : [])),
    ),
    ...(fields.length ? { fields } : {}),
  };
}
