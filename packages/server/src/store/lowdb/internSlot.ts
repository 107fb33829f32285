import type { CaseSlot } from './lowdbState';

const pool = new Map<string, string>();

/** One shared copy of a short, often repeated string (area ids, stages, roles, types). */
const intern = (value: string): string => {
  const known = pool.get(value);
  if (known !== undefined) return known;
  if (pool.size < 100_000) pool.set(value, value);
  return value;
};

/**
 * Shares the repeated strings of a case slot (county, type, area path, stages, status,
 * assignee, definition) with every other slot, so 100k slots hold a few thousand distinct
 * strings instead of a million copies. Returns the slot, changed in place.
 *
 * @example
 * ```ts
 * state.cases.set(key, internSlot(JSON.parse(line)));
 * ```
 */
export function internSlot(slot: CaseSlot): CaseSlot {
  slot.countyId = intern(slot.countyId);
  slot.caseType = intern(slot.caseType);
  slot.areaPath = slot.areaPath.map(intern);
  slot.stages = slot.stages.map(intern);
  slot.status = intern(slot.status) as CaseSlot['status'];
  if (slot.assigneeUserId !== undefined) slot.assigneeUserId = intern(slot.assigneeUserId);
  if (slot.assigneeRole !== undefined) slot.assigneeRole = intern(slot.assigneeRole);
  slot.definitionId = intern(slot.definitionId);
  return slot;
}
