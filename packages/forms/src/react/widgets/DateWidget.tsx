import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { emptyToUndefined } from './TextWidget';

/** A calendar date (`format: date`, `YYYY-MM-DD`), with the browser's date picker. */
export function DateWidget(props: FieldProps) {
  const { control } = useFormContextValue();
  const parts = useFieldParts(props);
  return fieldFrame(
    parts,
    <input
      type="date"
      id={parts.id}
      className="gc-input"
      {...parts.aria}
      {...control.register(props.name, { setValueAs: emptyToUndefined })}
    />,
    { widget: 'date', required: props.required },
  );
}
