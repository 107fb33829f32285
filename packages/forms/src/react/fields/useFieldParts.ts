import { useCallback, useSyncExternalStore } from 'react';
import { localize } from '../../i18n';
import { fieldId, useFormContextValue } from '../context/FormContext';
import { fieldLabel } from '../schema/labelAt';
import type { FieldProps } from './fieldProps';

/** The texts, element ids, current error and ARIA attributes of one field. */
export interface FieldParts {
  id: string;
  label: string;
  help: string | undefined;
  placeholder: string | undefined;
  helpId: string | undefined;
  errorId: string;
  /** The field's current error message (validator, server or upload), if any. */
  error: string | undefined;
  /** Spread on the element that holds the value. */
  aria: {
    'aria-invalid'?: true;
    'aria-describedby'?: string;
    'aria-required'?: true;
  };
}

/**
 * Everything a widget needs besides its value: the label, help and placeholder in the form's
 * locale, stable element ids, and the field's error. The error comes from the form's one error
 * subscription ({@link createFieldErrors}), so a widget re-renders when its own error changes and
 * never because another field changed.
 */
export function useFieldParts({ name, schema, ui, required }: FieldProps): FieldParts {
  const { fieldErrors, idPrefix, locale } = useFormContextValue();
  // Includes `name.root`: errors about a whole list (minItems, a server issue on `parties`).
  const subscribe = useCallback(
    (listener: () => void) => fieldErrors.subscribe(name, listener),
    [fieldErrors, name],
  );
  const read = () => fieldErrors.get(name);
  const error = useSyncExternalStore(subscribe, read, read);
  const id = fieldId(idPrefix, name);
  const label = fieldLabel(name.split('.').pop() ?? name, schema, ui, locale);
  const help = ui.help
    ? localize(ui.help, locale)
    : typeof schema.description === 'string'
      ? schema.description
      : undefined;
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [helpId, error ? errorId : undefined].filter(Boolean).join(' ');
  return {
    id,
    label,
    help,
    placeholder: ui.placeholder ? localize(ui.placeholder, locale) : undefined,
    helpId,
    errorId,
    error,
    aria: {
      ...(error ? { 'aria-invalid': true } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      ...(required ? { 'aria-required': true } : {}),
    },
  };
}
