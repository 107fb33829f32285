import { type AuditHead, EMPTY_AUDIT_HEAD } from '../../audit';
import type { CaseIndexEntry } from '../query';
import type { DeadlineRow, OutboxRow } from '../types';
import { CaseIndexes } from './caseIndexes';
import { DeadlineHeap } from './deadlineHeap';
import { GrowableArray } from './growableArray';
import { LineIndex } from './lineIndex';

/**
 * A case in memory: only what lists filter and sort on, its version, and the journal line
 * (`lsn`) of the commit that wrote its current state. The case itself is read from that line
 * on demand (the OS page cache keeps hot lines in memory), so 100k cases cost their index
 * entries, not their documents.
 */
export interface CaseSlot extends CaseIndexEntry {
  lsn: number;
  version: number;
  /** The case's number in the indexes (memory only, assigned by `CaseIndexes.put`). */
  n: number;
}

/** A case's history: packed refs into the journal, and the last seq. */
export interface HistorySlot {
  refs: readonly number[];
  lastSeq: number;
}

/** A row that belongs to a county, as JSON. */
export interface CountyRow {
  countyId: string;
  json: string;
}

/**
 * What a lowdb store holds in memory. Map values are never mutated, only replaced, so a
 * checkpoint can copy the maps (not the values) and write them out at leisure.
 * History, audit entries and idempotency records stay in the journal; memory holds refs.
 */
export interface LowdbTables {
  counties: Map<string, string>;
  users: Map<string, CountyRow>;
  drafts: Map<string, string>;
  published: Map<string, readonly string[]>;
  cases: Map<string, CaseSlot>;
  history: Map<string, HistorySlot>;
  comments: Map<string, readonly string[]>;
  attachments: Map<string, readonly string[]>;
  /** Unfired rows only. */
  deadlines: Map<string, Readonly<DeadlineRow>>;
  /** Unsent rows only. */
  outbox: Map<string, Readonly<OutboxRow>>;
  webhooks: Map<string, CountyRow>;
  idempotency: Map<string, { lsn: number; at: string }>;
  /** Migration records by `countyKey(countyId, planId)`. */
  migrations: Map<string, CountyRow>;
}

export interface LowdbState extends LowdbTables {
  auditRefs: GrowableArray<Float64Array>;
  auditHead: AuditHead;
  lines: LineIndex;
  indexes: CaseIndexes;
  deadlineHeap: DeadlineHeap;
}

/**
 * Empty tables.
 *
 * @example
 * ```ts
 * const state = createLowdbState(emptyTables());
 * ```
 */
export function emptyTables(): LowdbTables {
  return {
    counties: new Map(),
    users: new Map(),
    drafts: new Map(),
    published: new Map(),
    cases: new Map(),
    history: new Map(),
    comments: new Map(),
    attachments: new Map(),
    deadlines: new Map(),
    outbox: new Map(),
    webhooks: new Map(),
    idempotency: new Map(),
    migrations: new Map(),
  };
}

/**
 * A state over loaded tables: builds the case indexes and the deadline heap.
 *
 * @example
 * ```ts
 * const state = createLowdbState(emptyTables());
 * ```
 */
export function createLowdbState(
  tables: LowdbTables,
  extra: { auditRefs?: GrowableArray<Float64Array>; auditHead?: AuditHead; lines?: LineIndex } = {},
): LowdbState {
  const indexes = new CaseIndexes();
  for (const slot of tables.cases.values()) indexes.put(undefined, slot);
  return {
    ...tables,
    auditRefs: extra.auditRefs ?? new GrowableArray(Float64Array),
    auditHead: extra.auditHead ?? EMPTY_AUDIT_HEAD,
    lines: extra.lines ?? new LineIndex(),
    indexes,
    deadlineHeap: new DeadlineHeap(tables.deadlines),
  };
}
