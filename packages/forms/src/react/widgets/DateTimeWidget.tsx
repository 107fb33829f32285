import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { fromLocalInput, localOffsetMinutes, toLocalInput } from './localDateTime';

/** The browser's offset at a stored instant (zones with daylight saving differ by season). */
const offsetAt = (value: unknown) =>
  localOffsetMinutes(typeof value === 'string' && value ? new Date(value) : new Date());

/**
 * A date and time (`format: date-time`). The browser's picker edits wall-clock time; the value
 * stored is an RFC 3339 date-time with the browser's offset (`2026-03-01T09:30:00+08:00`), which
 * the validator and server accept as they are.
 */
export function DateTimeWidget(props: FieldProps) {
  const { control } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  return fieldFrame(
    parts,
    <input
      type="datetime-local"
      id={parts.id}
      className="gc-input"
      name={field.name}
      ref={field.ref}
      value={toLocalInput(field.value, offsetAt(field.value))}
      onChange={(event) => {
        const local = event.target.value;
        field.onChange(fromLocalInput(local, localOffsetMinutes(new Date(local))));
      }}
      onBlur={field.onBlur}
      {...parts.aria}
    />,
    { widget: 'datetime', required: props.required },
  );
}
