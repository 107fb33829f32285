import type { FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';
import { flattenErrors } from '../resolver/flattenErrors';

/** Each field's current error message, with a subscription per field. */
export interface FieldErrorStore {
  /** The message shown on `name`: its own error, else the list-level one (`name.root`). */
  get(name: string): string | undefined;
  /** Calls `listener` whenever `name`'s message changes; returns the unsubscribe function. */
  subscribe(name: string, listener: () => void): () => void;
}

type Messages = Map<string, string>;

/** Field path -> the first message on it (own error before `.root`, as flattenErrors lists them). */
function messagesOf(errors: FieldErrors<FieldValues>): Messages {
  const messages: Messages = new Map();
  for (const { path, message } of flattenErrors(errors)) {
    if (path !== '' && !messages.has(path)) messages.set(path, message);
  }
  return messages;
}

/**
 * One subscription to react-hook-form's errors for the whole form, fanned out to the fields
 * whose message changed. react-hook-form walks every form-state subscriber on each change (two
 * or three times per keystroke); with one `useFormState` per field that is a few hundred
 * callbacks per key in a large form. Here it is one, and the diff covers only fields that have
 * or had an error.
 *
 * @example
 * ```ts
 * const store = createFieldErrors(methods);
 * const stop = store.subscribe('phone', () => console.log(store.get('phone')));
 * ```
 */
export function createFieldErrors(
  methods: Pick<UseFormReturn<FieldValues>, 'subscribe' | 'getErrors'>,
): FieldErrorStore {
  let messages: Messages = messagesOf(methods.getErrors());
  const listeners = new Map<string, Set<() => void>>();
  let stop: (() => void) | undefined;

  const refresh = (errors: FieldErrors<FieldValues> = methods.getErrors()) => {
    const next = messagesOf(errors);
    const changed = new Set<string>();
    for (const [path, message] of next) if (messages.get(path) !== message) changed.add(path);
    for (const path of messages.keys()) if (!next.has(path)) changed.add(path);
    messages = next;
    for (const path of changed) for (const listener of listeners.get(path) ?? []) listener();
  };

  return {
    get: (name) => messages.get(name),
    subscribe(name, listener) {
      if (!stop) {
        stop = methods.subscribe({
          formState: { errors: true },
          callback: (state) => refresh(state.errors),
        });
        // errors set between the store's creation and its first subscriber
        refresh();
      }
      const own = listeners.get(name) ?? new Set<() => void>();
      listeners.set(name, own);
      own.add(listener);
      return () => {
        own.delete(listener);
        if (own.size === 0) listeners.delete(name);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
        }
      };
    },
  };
}
