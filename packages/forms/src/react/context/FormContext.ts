import { createContext, useContext } from 'react';
import type { Control, FieldValues, UseFormClearErrors } from 'react-hook-form';
import type { Translator } from '../../i18n';
import type { Locale } from '../../types';
import type { FieldErrorStore } from '../fields/fieldErrors';
import type { RendererMessageKey } from '../messages/rendererMessages';
import type { AreaOption, UploadHandler } from '../types';
import type { UploadTracker } from '../uploads/uploadTracker';

/**
 * What every field of one rendered form shares. The value is memoised by the form, so fields
 * re-render through it only when the locale, the host's callbacks or `disabled` change - never
 * while someone types.
 */
export interface FormContextValue {
  control: Control<FieldValues>;
  clearErrors: UseFormClearErrors<FieldValues>;
  /** Each field's error message, from one subscription for the whole form. */
  fieldErrors: FieldErrorStore;
  locale: Locale;
  t: Translator<RendererMessageKey>;
  /** Prefix of every field's element id. */
  idPrefix: string;
  disabled: boolean;
  /** The host's `onUpload`, counted by `uploads`. */
  onUpload: UploadHandler | undefined;
  /** Uploads still running; the form submits only once they are done. */
  uploads: UploadTracker;
  areaOptions: readonly AreaOption[];
}

export const FormContext = createContext<FormContextValue | null>(null);

/** The shared settings of the enclosing `<SchemaForm>`; throws outside one. */
export function useFormContextValue(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('gridcase form fields must be rendered inside <SchemaForm>');
  return value;
}

/**
 * The element id of a field: the form's prefix plus the field's path, dots turned into dashes
 * (`gc-f1-parties-0-idNumber`), so ids stay valid CSS selectors.
 */
export function fieldId(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replaceAll('.', '-')}`;
}
