import type { DeadlineRow } from '../types';

interface HeapItem {
  key: string;
  row: Readonly<DeadlineRow>;
}

const before = (a: HeapItem, b: HeapItem) =>
  a.row.dueAt < b.row.dueAt || (a.row.dueAt === b.row.dueAt && a.key < b.key);

/**
 * Unfired deadline rows by `dueAt`, as a binary min-heap over the live map: a set is O(log n);
 * a cancelled, fired or replaced row stays in the heap until it surfaces and is dropped
 * (its map entry is no longer the same object).
 *
 * @example
 * ```ts
 * const heap = new DeadlineHeap(rows);
 * heap.push(key, row); // after rows.set(key, row)
 * heap.due('2026-11-22T08:00:00.000Z', 100);
 * ```
 */
export class DeadlineHeap {
  #items: HeapItem[] = [];
  readonly #rows: ReadonlyMap<string, Readonly<DeadlineRow>>;

  constructor(rows: ReadonlyMap<string, Readonly<DeadlineRow>>) {
    this.#rows = rows;
    for (const [key, row] of rows) this.#items.push({ key, row });
    this.#heapify();
  }

  push(key: string, row: Readonly<DeadlineRow>): void {
    this.#items.push({ key, row });
    this.#up(this.#items.length - 1);
    if (this.#items.length > 2 * this.#rows.size + 1024) this.#compact();
  }

  /** The earliest live row's `dueAt`. */
  next(): string | undefined {
    this.#dropStale();
    return this.#items[0]?.row.dueAt;
  }

  /** Live rows due at `nowIso` or earlier, earliest first, at most `limit`. */
  due(nowIso: string, limit: number): Array<Readonly<DeadlineRow>> {
    const taken: HeapItem[] = [];
    while (taken.length < limit) {
      this.#dropStale();
      const top = this.#items[0];
      if (!top || top.row.dueAt > nowIso) break;
      taken.push(this.#pop()!);
    }
    for (const item of taken) this.push(item.key, item.row);
    return taken.map((item) => item.row);
  }

  #live(item: HeapItem): boolean {
    return this.#rows.get(item.key) === item.row;
  }

  #dropStale(): void {
    while (this.#items[0] && !this.#live(this.#items[0])) this.#pop();
  }

  #compact(): void {
    this.#items = this.#items.filter((item) => this.#live(item));
    this.#heapify();
  }

  #heapify(): void {
    for (let i = (this.#items.length >> 1) - 1; i >= 0; i -= 1) this.#down(i);
  }

  #pop(): HeapItem | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      this.#down(0);
    }
    return top;
  }

  #up(i: number): void {
    const items = this.#items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) return;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  #down(i: number): void {
    const items = this.#items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && before(items[l]!, items[m]!)) m = l;
      if (r < items.length && before(items[r]!, items[m]!)) m = r;
      if (m === i) return;
      [items[i], items[m]] = [items[m]!, items[i]!];
      i = m;
    }
  }
}
