import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { schemaType } from '../schema/schemaType';

/** `''` (empty, or not a number yet) is no value; anything else becomes a number for the validator. */
const toNumber = (value: unknown) =>
  value === '' || value === undefined || value === null ? undefined : Number(value);

/**
 * A number box. `integer` properties step by 1 and bring up the numeric keypad on phones;
 * `minimum`/`maximum` become the input's bounds. Uncontrolled, like {@link TextWidget}.
 */
export function NumberWidget(props: FieldProps) {
  const { control } = useFormContextValue();
  const parts = useFieldParts(props);
  const integer = schemaType(props.schema) === 'integer';
  const { minimum, maximum } = props.schema;
  return fieldFrame(
    parts,
    <input
      type="number"
      id={parts.id}
      className="gc-input"
      inputMode={integer ? 'numeric' : 'decimal'}
      step={integer ? 1 : 'any'}
      min={typeof minimum === 'number' ? minimum : undefined}
      max={typeof maximum === 'number' ? maximum : undefined}
      placeholder={parts.placeholder}
      {...parts.aria}
      {...control.register(props.name, { setValueAs: toNumber })}
    />,
    { widget: 'number', required: props.required },
  );
}
