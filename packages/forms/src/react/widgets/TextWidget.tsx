import type { HTMLInputTypeAttribute } from 'react';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';

/** An emptied box means "no value", so `required` catches it and optional fields stay absent. */
export const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Input types and keyboards for the formats county staff type most. */
const FORMAT_INPUT: Record<string, { type: HTMLInputTypeAttribute; inputMode?: 'tel' | 'email' }> =
  {
    'cn-mobile': { type: 'tel', inputMode: 'tel' },
    'cn-landline': { type: 'tel', inputMode: 'tel' },
    email: { type: 'email', inputMode: 'email' },
    uri: { type: 'url' },
    'date-time': { type: 'text' },
  };

/**
 * A one-line text box (`text`) or a multi-line one (`textarea`). Uncontrolled: typing re-renders
 * nothing unless the field's error changes.
 */
export function TextWidget(props: FieldProps & { multiline?: boolean }) {
  const { control } = useFormContextValue();
  const parts = useFieldParts(props);
  const registered = control.register(props.name, { setValueAs: emptyToUndefined });
  const common = {
    id: parts.id,
    className: 'gc-input',
    placeholder: parts.placeholder,
    ...parts.aria,
    ...registered,
  };
  const format = typeof props.schema.format === 'string' ? props.schema.format : '';
  const input = props.multiline ? (
    <textarea rows={4} {...common} />
  ) : (
    <input
      type="text"
      autoComplete={format.startsWith('cn-') ? 'off' : undefined}
      {...FORMAT_INPUT[format]}
      {...common}
    />
  );
  return fieldFrame(parts, input, {
    widget: props.multiline ? 'textarea' : 'text',
    required: props.required,
  });
}

/** The `textarea` widget: {@link TextWidget} with several lines. */
export function TextareaWidget(props: FieldProps) {
  return <TextWidget {...props} multiline />;
}
