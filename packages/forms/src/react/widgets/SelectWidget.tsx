import { useMemo } from 'react';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { choicesOf, valueOfKey } from './choiceOptions';

/** A drop-down of an enumeration's choices, with an empty "please choose" first. Uncontrolled. */
export function SelectWidget(props: FieldProps) {
  const { control, locale, t } = useFormContextValue();
  const parts = useFieldParts(props);
  const choices = useMemo(
    () => choicesOf(props.schema, props.ui, locale),
    [props.schema, props.ui, locale],
  );
  return fieldFrame(
    parts,
    <select
      id={parts.id}
      className="gc-input gc-select"
      {...parts.aria}
      {...control.register(props.name, { setValueAs: (key) => valueOfKey(choices, key) })}
    >
      <option value="">{parts.placeholder ?? t('form.react.choose')}</option>
      {choices.map((choice) => (
        <option key={choice.key} value={choice.key}>
          {choice.label}
        </option>
      ))}
    </select>,
    { widget: 'select', required: props.required },
  );
}
