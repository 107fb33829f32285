import type { DeadlineRow, OutboxRow } from '../../types';

/** An outbox row as stored: its changing state in columns, the rest as the document. */
export interface OutboxColumns {
  id: string;
  countyId: string;
  nextAttemptAt: string;
  attempts: number;
  sentAt?: string;
  lastError?: string;
  lockedUntil?: string;
  doc: Omit<OutboxRow, 'attempts' | 'nextAttemptAt' | 'sentAt' | 'lastError' | 'lockedUntil'>;
}

/** A `gc_outbox` row as the driver returns it. */
export interface OutboxRecord {
  next_attempt_at: string;
  attempts: number;
  sent_at: string | null;
  last_error: string | null;
  locked_until: string | null;
  doc: OutboxColumns['doc'];
}

/**
 * Splits an outbox row into the columns the dispatcher updates and the document that never
 * changes.
 *
 * @example
 * ```ts
 * outboxColumns(row).doc.payload; // the row's payload; attempts etc. are columns
 * ```
 */
export function outboxColumns(row: OutboxRow): OutboxColumns {
  const { attempts, nextAttemptAt, sentAt, lastError, lockedUntil, ...doc } = row;
  return {
    id: row.id,
    countyId: row.countyId,
    nextAttemptAt,
    attempts,
    ...(sentAt === undefined ? {} : { sentAt }),
    ...(lastError === undefined ? {} : { lastError }),
    ...(lockedUntil === undefined ? {} : { lockedUntil }),
    doc,
  };
}

/**
 * Puts a stored outbox row back together.
 *
 * @example
 * ```ts
 * const rows = result.rows.map(outboxFromRecord);
 * ```
 */
export function outboxFromRecord(record: OutboxRecord): OutboxRow {
  return {
    ...record.doc,
    attempts: record.attempts,
    nextAttemptAt: record.next_attempt_at,
    ...(record.sent_at === null ? {} : { sentAt: record.sent_at }),
    ...(record.last_error === null ? {} : { lastError: record.last_error }),
    ...(record.locked_until === null ? {} : { lockedUntil: record.locked_until }),
  };
}

/** A `gc_deadlines` row as the driver returns it. */
export interface DeadlineRecord {
  fired_at: string | null;
  doc: DeadlineRow;
}

/**
 * A stored deadline row, with `firedAt` from its column.
 *
 * @example
 * ```ts
 * const due = result.rows.map(deadlineFromRecord);
 * ```
 */
export function deadlineFromRecord(record: DeadlineRecord): DeadlineRow {
  const { firedAt: _stale, ...row } = record.doc;
  return record.fired_at === null ? row : { ...row, firedAt: record.fired_at };
}
