import { type CaseRecord, type HistoryEntry, isOverdue } from '@gridcase/engine';
import type { CaseFacts, CaseFactsRecord } from '../types';

/**
 * The part of a case key figures read (see {@link CaseFactsRecord}).
 *
 * @example
 * ```ts
 * caseFactsRecord(caseRecord).context.coHandlers; // [{ agency: 'ps-east' }]
 * ```
 */
export function caseFactsRecord(record: CaseRecord): CaseFactsRecord {
  const { context } = record;
  const data = context.data ?? {};
  return {
    id: record.id,
    countyId: record.countyId,
    areaPath: [...record.areaPath],
    definition: { id: record.definition.id, version: record.definition.version },
    status: record.status,
    createdAt: record.createdAt,
    ...(record.closedAt === undefined ? {} : { closedAt: record.closedAt }),
    context: {
      data: Object.hasOwn(data, 'satisfaction') ? { satisfaction: data.satisfaction } : {},
      ...(context.outcome === undefined ? {} : { outcome: context.outcome }),
      supervision: context.supervision,
      coHandlers: (context.coHandlers ?? []).map((h) => ({ agency: h.agency })),
    },
  };
}

/**
 * A case's key-figure facts from its record and history, judged at `nowIso`: the one
 * definition the stores share (a database store computes the same in SQL).
 *
 * @example
 * ```ts
 * const facts = caseFactsOf(record, await store.getHistory(countyId, record.id), nowIso);
 * facts.overdueNow; // the engine's isOverdue: past due, or breached in a stage it is still in
 * ```
 */
export function caseFactsOf(
  record: CaseRecord,
  history: HistoryEntry[],
  nowIso: string,
): CaseFacts {
  const breached = history.some((e) => e.action === 'deadline.breach');
  return { record: caseFactsRecord(record), breached, overdueNow: isOverdue(record, nowIso) };
}
