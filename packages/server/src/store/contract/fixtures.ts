import type { CaseRecord, Deadline, WorkflowDefinition } from '@gridcase/engine';
import type {
  AuditDraft,
  CaseCommit,
  County,
  DeadlineRow,
  DefinitionVersion,
  OutboxRow,
  User,
} from '../types';

/** A fixed clock for fixtures: minute `n` after 2026-11-22T00:00Z. */
export const minute = (n: number): string =>
  new Date(Date.UTC(2026, 10, 22) + n * 60_000).toISOString();

export const county = (id: string): County => ({
  id,
  name: { 'zh-CN': `${id}县`, en: `${id} County` },
  areas: [
    { id: `${id}`, name: { 'zh-CN': '县', en: 'County' }, level: 'county' },
    { id: `${id}-t1`, name: { 'zh-CN': '一镇', en: 'Town 1' }, level: 'township', parentId: id },
  ],
  agencies: [],
  roles: { gridMember: { title: { 'zh-CN': '网格员', en: 'Grid member' } } },
  calendar: { holidays: ['2026-10-01'], workdays: [] },
  createdAt: minute(0),
});

export const user = (id: string, countyId: string): User => ({
  id,
  countyId,
  name: `用户${id}`,
  username: id,
  roles: [{ role: 'gridMember', areaId: countyId, areaLevel: 'county' }],
  agencies: [],
});

export const audit = (action: string, extra: Partial<AuditDraft> = {}): AuditDraft => ({
  at: minute(1),
  countyId: 'c1',
  actor: { userId: 'u1' },
  action,
  ...extra,
});

export const definitionDraft = (
  definitionId: string,
  countyId = 'c1',
  title = 'v',
): Omit<DefinitionVersion, 'version' | 'status'> => ({
  countyId,
  definitionId,
  definition: {
    id: definitionId,
    version: 0,
    caseType: 'dispute',
    title: { 'zh-CN': title, en: title },
    roles: {},
    forms: {},
    machine: { id: definitionId, initial: 'open', states: { open: {} } },
  } as unknown as WorkflowDefinition,
  hash: `hash-${title}`,
  savedAt: minute(1),
  savedBy: 'admin',
});

export interface CaseOptions {
  countyId?: string;
  areaPath?: string[];
  caseType?: string;
  stages?: string[];
  status?: CaseRecord['status'];
  assignee?: { role: string; areaId: string; userId?: string };
  dueAt?: string;
  data?: Record<string, unknown>;
  createdAt?: string;
  updatedAt?: string;
  definitionVersion?: number;
}

/** A case at version 1 (as a creation commit makes it). */
export const makeCase = (id: string, o: CaseOptions = {}): CaseRecord => {
  const deadlines: Deadline[] = o.dueAt
    ? [{ id: 'open:breach:0', stateId: 'd.open', kind: 'breach', dueAt: o.dueAt, level: 0 }]
    : [];
  return {
    id,
    countyId: o.countyId ?? 'c1',
    caseType: o.caseType ?? 'dispute',
    definition: { id: 'd', version: o.definitionVersion ?? 1, hash: 'h' },
    areaPath: o.areaPath ?? ['c1', 't1', 'v1', 'g1'],
    state: 'open',
    stages: o.stages ?? ['d.open'],
    context: {
      data: o.data ?? { title: `纠纷 ${id}` },
      ...(o.assignee ? { assignee: o.assignee } : {}),
      coHandlers: [],
      supervision: 0,
      reopenCount: 0,
    },
    status: o.status ?? 'active',
    deadlines,
    version: 1,
    createdAt: o.createdAt ?? minute(0),
    updatedAt: o.updatedAt ?? o.createdAt ?? minute(0),
  };
};

export interface CommitOptions {
  key?: string;
  deadlinesSet?: DeadlineRow[];
  deadlinesCancel?: string[];
  deadlinesFired?: string[];
  outbox?: OutboxRow[];
  audit?: AuditDraft[];
}

const commitOf = (
  record: CaseRecord,
  expectedVersion: number | null,
  o: CommitOptions,
): CaseCommit => ({
  case: record,
  expectedVersion,
  history: [
    {
      caseId: record.id,
      seq: record.version,
      at: record.updatedAt,
      actor: { userId: 'u1' },
      action: expectedVersion === null ? 'create' : 'update',
      from: [],
      to: record.stages,
    },
  ],
  deadlinesSet: o.deadlinesSet ?? [],
  deadlinesCancel: o.deadlinesCancel ?? [],
  ...(o.deadlinesFired ? { deadlinesFired: o.deadlinesFired } : {}),
  outbox: o.outbox ?? [],
  audit: o.audit ?? [audit('case.command', { countyId: record.countyId, caseId: record.id })],
  ...(o.key
    ? {
        idempotency: {
          key: o.key,
          requestHash: `req-${o.key}`,
          status: 201,
          body: { id: record.id },
          at: record.updatedAt,
        },
      }
    : {}),
});

/** The commit that creates `record`. */
export const createCommit = (record: CaseRecord, o: CommitOptions = {}): CaseCommit =>
  commitOf(record, null, o);

/** The commit that moves `prev` one version on, with `changes` applied. */
export const updateCommit = (
  prev: CaseRecord,
  changes: Partial<CaseRecord> = {},
  o: CommitOptions = {},
): CaseCommit => commitOf({ ...prev, ...changes, version: prev.version + 1 }, prev.version, o);

export const deadlineRow = (
  caseId: string,
  id: string,
  dueAt: string,
  countyId = 'c1',
): DeadlineRow => ({
  id,
  stateId: 'd.open',
  kind: 'breach',
  dueAt,
  level: 0,
  countyId,
  caseId,
});

export const outboxRow = (id: string, nextAttemptAt: string, caseId = 'k1'): OutboxRow => ({
  id,
  countyId: 'c1',
  caseId,
  kind: 'webhook',
  event: 'case.updated',
  payload: { caseId },
  createdAt: nextAttemptAt,
  attempts: 0,
  nextAttemptAt,
});

/** A value nested `depth` levels deep. */
export const deepValue = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};
