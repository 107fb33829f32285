import { addMs, deadlineKey } from './keys';
import type { DeadlineRow } from './types';

/**
 * In-process deadline leases for the single-process stores (memory, lowdb): which due rows a
 * scheduler holds, and until when. `claim` takes rows from the store's own due list, skips the
 * held ones, and holds what it hands out until `nowIso + leaseMs`. Leases are not persisted:
 * after a restart every unfired due row is claimable again (at-least-once, and firing is
 * idempotent).
 *
 * @example
 * ```ts
 * const leases = createDeadlineLeases();
 * const rows = leases.claim((n) => dueRows(nowIso, n), nowIso, 100, 60_000);
 * ```
 */
export function createDeadlineLeases() {
  const held = new Map<string, string>();
  return {
    claim<T extends DeadlineRow>(
      due: (limit: number) => readonly T[],
      nowIso: string,
      limit: number,
      leaseMs: number,
    ): T[] {
      for (const [key, until] of held) if (until <= nowIso) held.delete(key);
      const want = Math.max(0, limit);
      const keyOf = (row: T) => deadlineKey(row.countyId, row.caseId, row.id);
      const free = due(want + held.size)
        .filter((row) => !held.has(keyOf(row)))
        .slice(0, want);
      const until = addMs(nowIso, leaseMs);
      for (const row of free) held.set(keyOf(row), until);
      return free;
    },
  };
}
