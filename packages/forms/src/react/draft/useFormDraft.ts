import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { FormValues } from '../types';
import { readFormDraft, saveFormDraft } from './formDraft';

/**
 * The values a form starts with when a draft is kept under `key`: the host's defaults, then the
 * draft on top (read once, when the form mounts). Without a key, the defaults alone.
 *
 * @example
 * ```ts
 * const defaults = useDraftDefaults('case:GC-1:accept', props.defaultValues);
 * ```
 */
export function useDraftDefaults(
  key: string | undefined,
  defaults: FormValues | undefined,
): FormValues | undefined {
  const [initial] = useState(() => {
    const draft = key ? readFormDraft(key) : undefined;
    return draft ? { ...defaults, ...draft } : defaults;
  });
  return initial;
}

/**
 * Writes the draft under `key` on every change of the form, without rendering anything
 * (react-hook-form's `watch` callback; a form's JSON is small, so one write per change costs
 * well under a millisecond and nothing typed is lost to a reload).
 *
 * @example
 * ```ts
 * useSaveDraft(methods, options.draftKey);
 * ```
 */
export function useSaveDraft(methods: UseFormReturn<FormValues>, key: string | undefined): void {
  const { watch, getValues } = methods;
  useEffect(() => {
    if (!key) return;
    const sub = watch(() => saveFormDraft(key, getValues()));
    return () => sub.unsubscribe();
  }, [key, watch, getValues]);
}
