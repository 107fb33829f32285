import type { AuditHead } from '../../audit';
import type { LineArrays } from './lineIndex';
import type { LowdbTables } from './lowdbState';

/** The `format` of a snapshot's head line. */
export const SNAPSHOT_FORMAT = 'gridcase-lowdb-snapshot';

/** Where the snapshot stands in the journal: it holds lines 1..lsn; replay starts at seg/off. */
export interface SnapshotMeta {
  lsn: number;
  seg: number;
  off: number;
  audit: AuditHead;
  createdAt: string;
}

/** A checkpoint: copies of the tables' maps (values are immutable) and the ref arrays. */
export interface SnapshotData {
  meta: SnapshotMeta;
  tables: LowdbTables;
  auditRefs: Float64Array;
  lines: LineArrays;
}
