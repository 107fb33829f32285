import type { CaseQuery } from '../types';
import type { CaseSlot } from './lowdbState';

/** Index value -> slot numbers. Numbers, not string keys: Sets of small ints are ~3x faster. */
type Index = Map<string, Set<number>>;

const add = (index: Index, value: string | undefined, n: number) => {
  if (value === undefined) return;
  const set = index.get(value);
  if (set) set.add(n);
  else index.set(value, new Set([n]));
};

const remove = (index: Index, value: string | undefined, n: number) => {
  if (value === undefined) return;
  const set = index.get(value);
  if (set?.delete(n) && set.size === 0) index.delete(value);
};

/** `YYYY-MM-DD` of an ISO time: due dates are bucketed by day. */
const dayOf = (iso: string) => iso.slice(0, 10);

/** A candidate set: its size (an upper bound for unions) and how to walk it. */
interface Option {
  size: number;
  numbers: () => Iterable<number>;
}

const EMPTY: ReadonlySet<number> = new Set();

const one = (set: ReadonlySet<number> | undefined): Option => ({
  size: set?.size ?? 0,
  numbers: () => set ?? EMPTY,
});

/** Several index sets walked as one, each number once. */
const union = (sets: Array<ReadonlySet<number> | undefined>): Option => {
  const present = sets.filter((set): set is ReadonlySet<number> => set !== undefined);
  return {
    size: present.reduce((n, set) => n + set.size, 0),
    numbers: () =>
      present.length === 1 ? present[0]! : new Set(present.flatMap((set) => [...set])),
  };
};

/**
 * In-memory secondary indexes over case slots: by county, area (every id on the path), stage,
 * assignee user and role, and due day. Each case gets a slot number once (`slot.n`, kept
 * across updates). `listCases` starts from the smallest set a query's filters allow instead of
 * scanning every case. Values are not scoped by county: a set may hold other counties' cases,
 * which the caller's full filter drops.
 *
 * @example
 * ```ts
 * indexes.put(previousSlot, nextSlot);
 * for (const slot of indexes.candidates(query)) { ... }
 * ```
 */
export class CaseIndexes {
  readonly #slots: CaseSlot[] = [];
  readonly #county: Index = new Map();
  readonly #area: Index = new Map();
  readonly #stage: Index = new Map();
  readonly #user: Index = new Map();
  readonly #role: Index = new Map();
  readonly #dueDay: Index = new Map();

  /** Indexes `next` in place of `previous` (the same case), or as a new case. */
  put(previous: CaseSlot | undefined, next: CaseSlot): void {
    if (previous) {
      next.n = previous.n;
      this.#each(previous, remove);
    } else {
      next.n = this.#slots.length;
    }
    this.#slots[next.n] = next;
    this.#each(next, add);
  }

  /** A superset of the matching slots: the smallest the indexes give. */
  *candidates(query: CaseQuery): Iterable<CaseSlot> {
    const options: Option[] = [one(this.#county.get(query.countyId))];
    if (query.areaId !== undefined) options.push(one(this.#area.get(query.areaId)));
    if (query.stage !== undefined) options.push(one(this.#stage.get(query.stage)));
    if (query.assigneeUserId !== undefined) options.push(one(this.#user.get(query.assigneeUserId)));
    if (query.assigneeRole !== undefined) options.push(one(this.#role.get(query.assigneeRole)));
    if (query.withinAreas)
      options.push(union(query.withinAreas.map((area) => this.#area.get(area))));
    const bound = [query.dueBefore, query.overdueAt].filter((b) => b !== undefined).sort()[0];
    if (bound !== undefined) {
      const last = dayOf(bound);
      options.push(union([...this.#dueDay].filter(([day]) => day <= last).map(([, set]) => set)));
    }
    const best = options.reduce((a, b) => (b.size < a.size ? b : a));
    for (const n of best.numbers()) yield this.#slots[n]!;
  }

  #each(s: CaseSlot, op: typeof add): void {
    op(this.#county, s.countyId, s.n);
    for (const area of s.areaPath) op(this.#area, area, s.n);
    for (const stage of s.stages) op(this.#stage, stage, s.n);
    op(this.#user, s.assigneeUserId, s.n);
    op(this.#role, s.assigneeRole, s.n);
    op(this.#dueDay, s.dueAt && dayOf(s.dueAt), s.n);
  }
}
