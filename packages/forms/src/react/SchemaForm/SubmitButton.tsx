import { useFormState } from 'react-hook-form';
import { localize } from '../../i18n';
import type { LocalizedText } from '../../types';
import { useFormContextValue } from '../context/FormContext';

/** The submit button; busy (and disabled) while the host's `onSubmit` promise runs. */
export function SubmitButton({ label }: { label: LocalizedText | string | undefined }) {
  const { control, t, locale } = useFormContextValue();
  const { isSubmitting } = useFormState({ control });
  const text =
    label === undefined
      ? t('form.react.submit')
      : typeof label === 'string'
        ? label
        : localize(label, locale);
  return (
    <button
      type="submit"
      className="gc-button gc-submit"
      disabled={isSubmitting}
      aria-busy={isSubmitting}
    >
      {isSubmitting ? t('form.react.submitting') : text}
    </button>
  );
}
