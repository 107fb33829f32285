import { useCallback, useEffect, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  loading: boolean;
  error: Error | undefined;
  reload: () => void;
}

/**
 * Loads `load()` whenever `key` changes (a string built from the inputs), ignoring answers that
 * arrive after a newer request started. `load` undefined means "nothing to load" (data came in
 * through props, or no client).
 */
export function useResource<T>(load: (() => Promise<T>) | undefined, key: string): Resource<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error?: Error }>({
    loading: !!load,
  });
  const [tick, setTick] = useState(0);
  const enabled = !!load;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for load's inputs
  useEffect(() => {
    if (!load) return;
    let current = true;
    setState((s) => ({ data: s.data, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (err: unknown) =>
        current &&
        setState({ loading: false, error: err instanceof Error ? err : new Error(String(err)) }),
    );
    return () => {
      current = false;
    };
  }, [key, tick, enabled]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, loading: enabled && state.loading, error: state.error, reload };
}
