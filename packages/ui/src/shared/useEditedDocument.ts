import { useEffect, useRef } from 'react';
import { useHistory } from './useHistory';

/**
 * The document a designer edits: undo/redo history over `initial`, started afresh when the host
 * passes another document, and `onChange` called after every edit (not for the initial one).
 * `onEdit` runs with each change too (the designers clear their "saved" notice there).
 */
export function useEditedDocument<T>(
  initial: T,
  onChange: ((value: T) => void) | undefined,
  onEdit?: () => void,
) {
  const history = useHistory(initial);
  const { reset, value } = history;
  const first = useRef(initial);
  useEffect(() => {
    if (first.current === initial) return;
    first.current = initial;
    reset(initial);
  }, [initial, reset]);
  const callbacks = useRef({ onChange, onEdit });
  callbacks.current = { onChange, onEdit };
  const emitted = useRef(value);
  useEffect(() => {
    if (emitted.current === value) return;
    emitted.current = value;
    callbacks.current.onEdit?.();
    callbacks.current.onChange?.(value);
  }, [value]);
  return history;
}
