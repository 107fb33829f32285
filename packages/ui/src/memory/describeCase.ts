import {
  type Actor,
  availableActions,
  type CaseRecord,
  type StateNodeConfig,
  type WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import type { CaseDetail, CaseSummary, StageInfo } from '../client/types';

/** The title of every state id of a definition (`dispute.joint.lead`). */
export function stageTitles(definition: WorkflowDefinition): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  const visit = (node: StateNodeConfig, path: string[]) => {
    for (const [key, child] of Object.entries(node.states ?? {})) {
      const at = [...path, key];
      const id = (child as { id?: string }).id ?? [definition.machine.id, ...at].join('.');
      out.set(id, child.meta?.title ?? { 'zh-CN': key, en: key });
      visit(child, at);
    }
  };
  visit(definition.machine, []);
  return out;
}

const earliest = (record: CaseRecord, kind: 'warn' | 'breach') =>
  record.deadlines
    .filter((d) => d.kind === kind)
    .map((d) => d.dueAt)
    .sort()[0];

function stagesOf(definition: WorkflowDefinition, record: CaseRecord): StageInfo[] {
  const titles = stageTitles(definition);
  return record.stages.map((id) => ({ id, title: titles.get(id) ?? { 'zh-CN': id, en: id } }));
}

function titleOf(data: Record<string, unknown>): string | undefined {
  for (const field of ['title', 'summary', 'description']) {
    const v = data[field];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 80);
  }
  return undefined;
}

/** A list row for a case, as the server builds it (without masking: this is a demo store). */
export function toSummary(
  definition: WorkflowDefinition,
  record: CaseRecord,
  areaNames: Map<string, LocalizedText>,
  now: Date,
): CaseSummary {
  const dueAt = earliest(record, 'breach');
  const warnAt = earliest(record, 'warn');
  const title = titleOf(record.context.data);
  const areaName = areaNames.get(record.areaPath.at(-1) ?? '');
  return {
    id: record.id,
    caseType: record.caseType,
    ...(title ? { title } : {}),
    definition: { id: definition.id, version: definition.version, title: definition.title },
    areaPath: record.areaPath,
    ...(areaName ? { areaName } : {}),
    stages: stagesOf(definition, record),
    ...(record.context.assignee ? { assignee: record.context.assignee } : {}),
    status: record.status,
    supervision: record.context.supervision,
    ...(dueAt ? { dueAt } : {}),
    ...(warnAt ? { warnAt } : {}),
    overdue: record.status === 'active' && !!dueAt && dueAt < now.toISOString(),
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** The case view for one actor: what they may do now comes from the engine. */
export function toDetail(
  definition: WorkflowDefinition,
  record: CaseRecord,
  actor: Actor,
  names: {
    areas: Map<string, LocalizedText>;
    agencies: Map<string, LocalizedText>;
    people?: Record<string, string>;
  },
): CaseDetail {
  const title = titleOf(record.context.data);
  return {
    case: { ...record, ...(title ? { title } : {}) },
    definition: { id: definition.id, version: definition.version, title: definition.title },
    stages: stagesOf(definition, record),
    actions: availableActions(definition, record, actor),
    deadlines: record.deadlines,
    areas: Object.fromEntries(
      record.areaPath.flatMap((id) => {
        const n = names.areas.get(id);
        return n ? [[id, n]] : [];
      }),
    ),
    agencies: Object.fromEntries(
      record.context.coHandlers.flatMap(({ agency }) => {
        const n = names.agencies.get(agency);
        return n ? [[agency, n]] : [];
      }),
    ),
    roles: Object.fromEntries(Object.entries(definition.roles).map(([id, r]) => [id, r.title])),
    people: Object.fromEntries(
      [record.context.assignee?.userId].flatMap((id) => {
        const n = id ? names.people?.[id] : undefined;
        return id && n ? [[id, n]] : [];
      }),
    ),
  };
}
