import { internSlot } from './internSlot';
import type { CaseSlot } from './lowdbState';

type SlotRow = [
  id: string,
  countyId: string,
  caseType: string,
  areaPath: string[],
  stages: string[],
  status: CaseSlot['status'],
  assigneeUserId: string | null,
  assigneeRole: string | null,
  dueAt: string | null,
  createdAt: string,
  updatedAt: string,
  definitionId: string,
  definitionVersion: number,
  lsn: number,
  version: number,
];

/**
 * A case slot as one compact JSON array (no keys: half the bytes, parses ~40% faster than an
 * object, which is most of a 100k-case start-up).
 *
 * @example
 * ```ts
 * decodeSlot(encodeSlot(slot)); // an equal slot, `n` unassigned
 * ```
 */
export function encodeSlot(s: CaseSlot): string {
  const row: SlotRow = [
    s.id,
    s.countyId,
    s.caseType,
    s.areaPath,
    s.stages,
    s.status,
    s.assigneeUserId ?? null,
    s.assigneeRole ?? null,
    s.dueAt ?? null,
    s.createdAt,
    s.updatedAt,
    s.definitionId,
    s.definitionVersion,
    s.lsn,
    s.version,
  ];
  return JSON.stringify(row);
}

/** The inverse of {@link encodeSlot}, with the repeated strings interned. */
export function decodeSlot(json: string): CaseSlot {
  const r = JSON.parse(json) as SlotRow;
  return internSlot({
    id: r[0],
    countyId: r[1],
    caseType: r[2],
    areaPath: r[3],
    stages: r[4],
    status: r[5],
    assigneeUserId: r[6] ?? undefined,
    assigneeRole: r[7] ?? undefined,
    dueAt: r[8] ?? undefined,
    createdAt: r[9],
    updatedAt: r[10],
    definitionId: r[11],
    definitionVersion: r[12],
    lsn: r[13],
    version: r[14],
    n: -1,
  });
}
