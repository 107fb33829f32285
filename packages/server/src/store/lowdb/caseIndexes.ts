import type { CaseIndexEntry } from '../query';
import type { CaseQuery } from '../types';

type Index = Map<string, Set<string>>;

const add = (index: Index, value: string | undefined, key: string) => {
  if (value === undefined) return;
  const set = index.get(value);
  if (set) set.add(key);
  else index.set(value, new Set([key]));
};

const remove = (index: Index, value: string | undefined, key: string) => {
  if (value === undefined) return;
  const set = index.get(value);
  if (set?.delete(key) && set.size === 0) index.delete(value);
};

const scoped = (countyId: string, value: string | undefined) =>
  value === undefined ? undefined : `${countyId}\u0000${value}`;

/** `YYYY-MM-DD` of an ISO time: due dates are bucketed by day. */
const dayOf = (iso: string) => iso.slice(0, 10);

const EMPTY: ReadonlySet<string> = new Set();

/**
 * In-memory secondary indexes over cases (keys are `countyKey(countyId, caseId)`): by county,
 * area (every id on the path), stage, status, assignee user and role, and due day. `listCases`
 * starts from the smallest set a query's filters allow instead of scanning every case.
 *
 * @example
 * ```ts
 * indexes.add(key, caseIndexEntry(record));
 * for (const key of indexes.candidates(query)) { ... }
 * ```
 */
export class CaseIndexes {
  readonly #county: Index = new Map();
  readonly #area: Index = new Map();
  readonly #stage: Index = new Map();
  readonly #status: Index = new Map();
  readonly #user: Index = new Map();
  readonly #role: Index = new Map();
  readonly #dueDay: Index = new Map();

  add(key: string, entry: CaseIndexEntry): void {
    this.#each(key, entry, add);
  }

  remove(key: string, entry: CaseIndexEntry): void {
    this.#each(key, entry, remove);
  }

  /** A superset of the matching case keys: the smallest the indexes give. */
  candidates(query: CaseQuery): Iterable<string> {
    const c = query.countyId;
    const options: Array<() => Iterable<string> & { size: number }> = [
      () => this.#county.get(c) ?? EMPTY,
    ];
    const get = (index: Index, value: string | undefined) => () =>
      index.get(scoped(c, value) ?? '') ?? EMPTY;
    if (query.areaId !== undefined) options.push(get(this.#area, query.areaId));
    if (query.stage !== undefined) options.push(get(this.#stage, query.stage));
    if (query.status !== undefined) options.push(get(this.#status, query.status));
    if (query.assigneeUserId !== undefined) options.push(get(this.#user, query.assigneeUserId));
    if (query.assigneeRole !== undefined) options.push(get(this.#role, query.assigneeRole));
    if (query.withinAreas) {
      const sets = query.withinAreas.map((area) => this.#area.get(scoped(c, area)!) ?? EMPTY);
      options.push(() => (sets.length === 1 ? sets[0]! : new Set(sets.flatMap((s) => [...s]))));
    }
    const bound = [query.dueBefore, query.overdueAt].filter((b) => b !== undefined).sort()[0];
    if (bound !== undefined) {
      const prefix = `${c}\u0000`;
      const last = dayOf(bound);
      options.push(() => {
        const keys = new Set<string>();
        for (const [day, set] of this.#dueDay) {
          if (day.startsWith(prefix) && day.slice(prefix.length) <= last)
            for (const k of set) keys.add(k);
        }
        return keys;
      });
    }
    let best: Iterable<string> & { size: number } = EMPTY;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const option of options) {
      const set = option();
      if (set.size < bestSize) {
        best = set;
        bestSize = set.size;
      }
    }
    return best;
  }

  #each(key: string, e: CaseIndexEntry, op: typeof add): void {
    const c = e.countyId;
    op(this.#county, c, key);
    for (const area of new Set(e.areaPath)) op(this.#area, scoped(c, area), key);
    for (const stage of new Set(e.stages)) op(this.#stage, scoped(c, stage), key);
    op(this.#status, scoped(c, e.status), key);
    op(this.#user, scoped(c, e.assigneeUserId), key);
    op(this.#role, scoped(c, e.assigneeRole), key);
    op(this.#dueDay, scoped(c, e.dueAt && dayOf(e.dueAt)), key);
  }
}
