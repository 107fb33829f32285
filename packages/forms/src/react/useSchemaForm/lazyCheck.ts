import type { FormCheck } from '../types';

/** A {@link FormCheck} compiled on first use, or earlier by `warm()`. */
export interface LazyCheck extends FormCheck {
  /** Compiles now if not compiled yet (idempotent). */
  warm(): void;
}

/**
 * Wraps a compile so it runs once: when `warm()` is called (the form schedules that right after
 * it is painted) or, failing that, on the first validation.
 *
 * @example
 * ```ts
 * const check = lazyCheck(() => formValidator.compile(form));
 * whenIdle(check.warm); // compiled before anyone types
 * check.validate(data); // never compiles twice
 * ```
 */
export function lazyCheck(compile: () => FormCheck): LazyCheck {
  let compiled: FormCheck | undefined;
  const ready = () => {
    compiled ??= compile();
    return compiled;
  };
  return {
    validate: (data, options) => ready().validate(data, options),
    warm: () => {
      ready();
    },
  };
}

/**
 * Runs `task` once the browser is idle (after the current frame is painted), within `timeoutMs`
 * at the latest; returns a cancel function. Where `requestIdleCallback` is missing (Safari before
 * 18.2, Node) it falls back to a timer.
 *
 * @example
 * ```ts
 * useEffect(() => whenIdle(() => check.warm()), [check]);
 * ```
 */
export function whenIdle(task: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}
