import type { UploadHandler } from '../types';

/**
 * Counts the uploads a form's attachment and signature fields have started and not finished,
 * so the form neither submits before a chosen file is stored nor renders a field again while
 * someone types: the submit button subscribes to it on its own.
 */
export interface UploadTracker {
  /** The host's handler, counted; `undefined` when the host gave none. */
  track(handler: UploadHandler | undefined): UploadHandler | undefined;
  /** How many uploads are running now. */
  pending(): number;
  /**
   * Resolves once no upload is running (at once when none is), after the code that awaited
   * the last one has stored its answer.
   */
  idle(): Promise<void>;
  subscribe(listener: () => void): () => void;
}

/**
 * @example
 * ```ts
 * const uploads = createUploadTracker();
 * const onUpload = uploads.track(hostUpload);
 * await uploads.idle(); // before submitting
 * ```
 */
export function createUploadTracker(): UploadTracker {
  let running = 0;
  const listeners = new Set<() => void>();
  let waiters: (() => void)[] = [];
  const changed = () => {
    for (const listener of listeners) listener();
    if (running === 0 && waiters.length > 0) {
      // On a later task, not now: the widget that awaited the upload stores its answer in the
      // field in the microtasks that follow, and the submit must see that value.
      setTimeout(() => {
        if (running > 0) return;
        const done = waiters;
        waiters = [];
        for (const resolve of done) resolve();
      }, 0);
    }
  };
  return {
    track(handler) {
      if (!handler) return undefined;
      return async (file) => {
        running += 1;
        changed();
        try {
          return await handler(file);
        } finally {
          running -= 1;
          changed();
        }
      };
    },
    pending: () => running,
    idle: () =>
      running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
