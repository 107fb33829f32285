import { useSyncExternalStore } from 'react';
import { useFormState } from 'react-hook-form';
import { localize } from '../../i18n';
import type { LocalizedText } from '../../types';
import { useFormContextValue } from '../context/FormContext';

/**
 * The submit button; busy (and disabled) while a chosen file is still uploading and while the
 * host's `onSubmit` promise runs.
 */
export function SubmitButton({ label }: { label: LocalizedText | string | undefined }) {
  const { control, t, locale, uploads } = useFormContextValue();
  const { isSubmitting } = useFormState({ control });
  const uploading = useSyncExternalStore(uploads.subscribe, uploads.pending, uploads.pending) > 0;
  const busy = isSubmitting || uploading;
  const text =
    label === undefined
      ? t('form.react.submit')
      : typeof label === 'string'
        ? label
        : localize(label, locale);
  return (
    <button type="submit" className="gc-button gc-submit" disabled={busy} aria-busy={busy}>
      {isSubmitting
        ? t('form.react.submitting')
        : uploading
          ? t('form.react.uploadingFiles')
          : text}
    </button>
  );
}
