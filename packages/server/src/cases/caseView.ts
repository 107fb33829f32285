import {
  type AvailableAction,
  type CaseRecord,
  caseDueAt,
  type Deadline,
  type HistoryEntry,
  isOverdue,
  type WorkflowDefinition,
} from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import { maskCaseData, scrubDeep, scrubText } from '../pii/maskCaseData';
import type { County, DefinitionVersion } from '../store/types';
import { stageIndex } from './stageIndex';

export interface StageInfo {
  id: string;
  title: LocalizedText;
}

/** One row of a case list; personal data masked. */
export interface CaseSummary {
  id: string;
  caseType: string;
  title?: string;
  definition: { id: string; version: number; title: LocalizedText };
  areaPath: string[];
  areaName?: LocalizedText;
  stages: StageInfo[];
  assignee?: CaseRecord['context']['assignee'];
  status: CaseRecord['status'];
  outcome?: string;
  supervision: number;
  /** The engine's `caseDueAt`: the earliest open breach deadline or breached stage still in. */
  dueAt?: string;
  /** The earliest open warning. */
  warnAt?: string;
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
}

/** A case with what the caller may do now; personal data masked. */
export interface CaseView {
  case: CaseRecord & { title?: string };
  definition: { id: string; version: number; hash: string; title: LocalizedText };
  stages: StageInfo[];
  actions: AvailableAction[];
  deadlines: Deadline[];
  agencies: Record<string, LocalizedText>;
  areas: Record<string, LocalizedText>;
  /** Role titles: the county's, else the definition's (`communityPolice` -> 社区民警). */
  roles: Record<string, LocalizedText>;
  /** Display names of the people the case names (its assignee), by user id. */
  people: Record<string, string>;
}

const TITLE_FIELDS = ['title', 'summary', 'description'];

function titleOf(data: Record<string, unknown>): string | undefined {
  for (const field of TITLE_FIELDS) {
    const value = data[field];
    if (typeof value === 'string' && value.trim()) return scrubText(value.trim().slice(0, 80));
  }
  return undefined;
}

function earliest(deadlines: Deadline[], kind: Deadline['kind']): string | undefined {
  return deadlines
    .filter((d) => d.kind === kind)
    .map((d) => d.dueAt)
    .sort()[0];
}

/** The case without the citizen's secret hash (staff see the tracking code and the rating). */
function withoutSecret(record: CaseRecord): CaseRecord {
  if (!record.citizen) return record;
  const { secretHash: _secretHash, ...citizen } = record.citizen;
  return { ...record, citizen: citizen as CaseRecord['citizen'] };
}

function stagesOf(definition: WorkflowDefinition, record: CaseRecord): StageInfo[] {
  const index = stageIndex(definition);
  return record.stages.map((id) => ({
    id,
    title: index.get(id)?.title ?? { 'zh-CN': id, en: id },
  }));
}

/**
 * The list row of a case as callers see it: data never included, a masked short title only.
 *
 * @example
 * ```ts
 * const row = toSummary(record, pinned, county, clock.now());
 * row.overdue; // the engine's isOverdue: past due, or breached in a stage it is still in
 * ```
 */
export function toSummary(
  record: CaseRecord,
  pinned: DefinitionVersion,
  county: County,
  now: Date,
): CaseSummary {
  const definition = pinned.definition;
  const dueAt = caseDueAt(record);
  const areaId = record.areaPath.at(-1);
  return {
    id: record.id,
    caseType: record.caseType,
    title: titleOf(record.context.data),
    definition: {
      id: record.definition.id,
      version: record.definition.version,
      title: definition.title,
    },
    areaPath: record.areaPath,
    areaName: county.areas.find((a) => a.id === areaId)?.name,
    stages: stagesOf(definition, record),
    assignee: record.context.assignee,
    status: record.status,
    outcome: record.context.outcome,
    supervision: record.context.supervision,
    dueAt,
    warnAt: earliest(record.deadlines, 'warn'),
    overdue: isOverdue(record, now),
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    closedAt: record.closedAt,
  };
}

/**
 * The full case as a caller sees it: the record with its data masked, stage titles, the actions
 * the caller may take now, deadlines, and display names of the areas, agencies, roles and
 * people (see {@link peopleOf}) it names.
 *
 * @example
 * ```ts
 * const view = toView(record, pinned, county, availableActions(definition, record, actor));
 * ```
 */
export function toView(
  record: CaseRecord,
  pinned: DefinitionVersion,
  county: County,
  actions: AvailableAction[],
  people: Record<string, string> = {},
): CaseView {
  const definition = pinned.definition;
  const roles: Record<string, LocalizedText> = {};
  for (const [id, role] of Object.entries(definition.roles ?? {})) roles[id] = role.title;
  for (const [id, role] of Object.entries(county.roles)) roles[id] = role.title;
  const data = maskCaseData(definition, record.context.data);
  const agencies: Record<string, LocalizedText> = {};
  for (const co of record.context.coHandlers) {
    const agency = county.agencies.find((a) => a.id === co.agency);
    if (agency) agencies[agency.id] = agency.name;
  }
  const areas: Record<string, LocalizedText> = {};
  for (const id of record.areaPath) {
    const area = county.areas.find((a) => a.id === id);
    if (area) areas[id] = area.name;
  }
  return {
    case: {
      ...withoutSecret(record),
      title: titleOf(record.context.data),
      context: { ...record.context, data },
    },
    definition: {
      id: pinned.definitionId,
      version: pinned.version,
      hash: pinned.hash,
      title: definition.title,
    },
    stages: stagesOf(definition, record),
    actions,
    deadlines: record.deadlines,
    agencies,
    areas,
    roles,
    people,
  };
}

/**
 * A history entry with the data it records masked like the case (changes before/after).
 *
 * @example
 * ```ts
 * const entries = history.map((e) => maskHistoryEntry(definition, e));
 * ```
 */
export function maskHistoryEntry(
  definition: WorkflowDefinition,
  entry: HistoryEntry,
): HistoryEntry {
  if (!entry.changes) return scrubDeep(entry);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [field, [b, a]] of Object.entries(entry.changes)) {
    before[field] = b;
    after[field] = a;
  }
  const mb = maskCaseData(definition, before);
  const ma = maskCaseData(definition, after);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of Object.keys(entry.changes)) changes[field] = [mb[field], ma[field]];
  return { ...scrubDeep({ ...entry, changes: undefined }), changes };
}
