import type { JournalPosition } from './journalWriter';
import type { LowdbState } from './lowdbState';
import type { SnapshotData } from './snapshotData';

/**
 * A consistent snapshot of the state as of now, cheap enough to take between two writes: the
 * maps are copied (their values are never mutated, only replaced), the ref arrays sliced.
 * `end` is where the journal's next line goes, i.e. where replay after this snapshot starts.
 *
 * @example
 * ```ts
 * const data = captureSnapshot(state, writer.end); // then write it in the background
 * ```
 */
export function captureSnapshot(s: LowdbState, end: JournalPosition): SnapshotData {
  return {
    meta: {
      lsn: s.lines.lsn,
      seg: end.seg,
      off: end.off,
      audit: { ...s.auditHead },
      createdAt: new Date().toISOString(),
    },
    tables: {
      counties: new Map(s.counties),
      users: new Map(s.users),
      drafts: new Map(s.drafts),
      published: new Map(s.published),
      cases: new Map(s.cases),
      history: new Map(s.history),
      comments: new Map(s.comments),
      attachments: new Map(s.attachments),
      deadlines: new Map(s.deadlines),
      outbox: new Map(s.outbox),
      webhooks: new Map(s.webhooks),
      idempotency: new Map(s.idempotency),
      migrations: new Map(s.migrations),
    },
    auditRefs: s.auditRefs.copy(),
    lines: s.lines.copy(),
  };
}
