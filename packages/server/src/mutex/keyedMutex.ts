/** Runs async work one at a time per key. */
export interface KeyedMutex {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Keys with work queued or running (for tests and metrics). */
  readonly size: number;
}

/**
 * A per-key async mutex: work for one key runs strictly in arrival order, work for different keys
 * runs concurrently. Commands on one case go through it, so read-step-commit never interleaves
 * in one process (research M6: 200 concurrent commands, 0 lost, 0 conflicts).
 *
 * @example
 * ```ts
 * const mutex = createKeyedMutex();
 * await mutex.run(`case:${caseId}`, async () => {
 *   const current = await store.getCase(countyId, caseId);
 *   // ... step and commit; no other command on this case runs meanwhile
 * });
 * ```
 */
export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(work, work);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}

/**
 * Extends a keyed mutex across processes when the store can: work for a key then runs under
 * the in-process mutex AND the store's shared lock (`CaseStore.withLock`, e.g. a PostgreSQL
 * advisory lock), so commands on one case run one at a time across every server process on the
 * store. Stores without `withLock` (memory, lowdb: one process) get the in-process mutex back.
 *
 * @example
 * ```ts
 * const mutex = withStoreLock(createKeyedMutex(), store);
 * ```
 */
export function withStoreLock(
  local: KeyedMutex,
  store: { withLock?<T>(key: string, work: () => Promise<T>): Promise<T> },
): KeyedMutex {
  if (!store.withLock) return local;
  const lock = store.withLock.bind(store);
  return {
    run: (key, work) => local.run(key, () => lock(key, work)),
    get size() {
      return local.size;
    },
  };
}
