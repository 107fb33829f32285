type NumberArray = Float64Array | Uint32Array;
type ArrayCtor<A extends NumberArray> = { new (length: number): A };

/**
 * A typed array that grows by doubling: numbers per line or per audit entry at 4-8 bytes each
 * instead of a JS object each (100k cases stay small in memory).
 *
 * @example
 * ```ts
 * const offsets = new GrowableArray(Float64Array);
 * offsets.push(1024);
 * offsets.get(0); // 1024
 * ```
 */
export class GrowableArray<A extends NumberArray> {
  #data: A;
  #length = 0;
  readonly #ctor: ArrayCtor<A>;

  constructor(ctor: ArrayCtor<A>, initial?: A) {
    this.#ctor = ctor;
    this.#data = new ctor(Math.max(1024, initial?.length ?? 0));
    if (initial) {
      this.#data.set(initial);
      this.#length = initial.length;
    }
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) {
      const next = new this.#ctor(this.#data.length * 2);
      next.set(this.#data);
      this.#data = next;
    }
    this.#data[this.#length] = value;
    this.#length += 1;
  }

  get(index: number): number {
    if (index < 0 || index >= this.#length)
      throw new RangeError(`index ${index} of ${this.#length}`);
    return this.#data[index]!;
  }

  /** A copy of the used part (for a snapshot). */
  copy(): A {
    return this.#data.slice(0, this.#length) as A;
  }
}

/**
 * Base64 of a typed array's bytes (little-endian, as the machine holds them).
 *
 * @example
 * ```ts
 * const text = typedToBase64(new Uint32Array([1, 2]));
 * ```
 */
export function typedToBase64(array: NumberArray): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/**
 * The inverse of {@link typedToBase64}.
 *
 * @example
 * ```ts
 * base64ToTyped(text, Uint32Array); // Uint32Array [1, 2]
 * ```
 */
export function base64ToTyped<A extends NumberArray>(
  text: string,
  ctor: ArrayCtor<A> & { BYTES_PER_ELEMENT: number },
): A {
  const bytes = Buffer.from(text, 'base64');
  const array = new ctor(bytes.length / ctor.BYTES_PER_ELEMENT);
  new Uint8Array(array.buffer).set(bytes);
  return array;
}
