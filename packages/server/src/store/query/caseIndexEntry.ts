import { type CaseRecord, caseDueAt } from '@gridcase/engine';

/**
 * What list queries look at, taken from a case once per write: every `CaseQuery` filter but
 * `text` is decided on this alone, so a store can keep it in memory and leave the case itself
 * serialized.
 */
export interface CaseIndexEntry {
  countyId: string;
  id: string;
  caseType: string;
  areaPath: string[];
  stages: string[];
  status: CaseRecord['status'];
  assigneeUserId: string | undefined;
  assigneeRole: string | undefined;
  /** The engine's `caseDueAt`: earliest open breach deadline or breached stage still in. */
  dueAt: string | undefined;
  createdAt: string;
  updatedAt: string;
  definitionId: string;
  definitionVersion: number;
}

/**
 * Takes the index entry of a case.
 *
 * @example
 * ```ts
 * const entry = caseIndexEntry(caseRecord);
 * entry.areaPath; // ['county', 'township', 'community', 'grid']
 * ```
 */
export function caseIndexEntry(record: CaseRecord): CaseIndexEntry {
  return {
    countyId: record.countyId,
    id: record.id,
    caseType: record.caseType,
    areaPath: [...record.areaPath],
    stages: [...record.stages],
    status: record.status,
    assigneeUserId: record.context?.assignee?.userId,
    assigneeRole: record.context?.assignee?.role,
    dueAt: caseDueAt(record),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    definitionId: record.definition.id,
    definitionVersion: record.definition.version,
  };
}
