import { GrowableArray } from './growableArray';

/** The line index as plain typed arrays (a snapshot's copy). */
export interface LineArrays {
  seg: Uint32Array;
  off: Float64Array;
  len: Uint32Array;
}

/**
 * Where every journal line is (segment, offset, length), by lsn (1-based): 16 bytes per line,
 * so history, audit entries and idempotency records can stay on disk and be read on demand.
 *
 * @example
 * ```ts
 * const lines = new LineIndex();
 * lines.push(1, 0, 120); // lsn 1
 * lines.at(1); // { seg: 1, off: 0, len: 120 }
 * ```
 */
export class LineIndex {
  readonly #seg: GrowableArray<Uint32Array>;
  readonly #off: GrowableArray<Float64Array>;
  readonly #len: GrowableArray<Uint32Array>;

  constructor(from?: LineArrays) {
    if (from && !(from.seg.length === from.off.length && from.off.length === from.len.length)) {
      throw new RangeError('line index arrays differ in length');
    }
    this.#seg = new GrowableArray(Uint32Array, from?.seg);
    this.#off = new GrowableArray(Float64Array, from?.off);
    this.#len = new GrowableArray(Uint32Array, from?.len);
  }

  /** The last lsn (= the number of lines). */
  get lsn(): number {
    return this.#seg.length;
  }

  push(seg: number, off: number, len: number): void {
    this.#seg.push(seg);
    this.#off.push(off);
    this.#len.push(len);
  }

  at(lsn: number): { seg: number; off: number; len: number } {
    return {
      seg: this.#seg.get(lsn - 1),
      off: this.#off.get(lsn - 1),
      len: this.#len.get(lsn - 1),
    };
  }

  /** A copy of the index as typed arrays (for a snapshot). */
  copy(): LineArrays {
    return { seg: this.#seg.copy(), off: this.#off.copy(), len: this.#len.copy() };
  }
}
