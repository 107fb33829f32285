import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { choicesOf } from './choiceOptions';

/**
 * A radio group (`role="radiogroup"`, named by its legend) for short enumerations, or yes/no for
 * a boolean. Controlled so the value keeps its type (numbers stay numbers).
 */
export function RadioWidget(props: FieldProps) {
  const { control, locale, t } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const choices = useMemo(
    () => choicesOf(props.schema, props.ui, locale, [t('form.react.yes'), t('form.react.no')]),
    [props.schema, props.ui, locale, t],
  );
  const options = choices.map((choice, index) => (
    <label key={choice.key} className="gc-choice">
      <input
        type="radio"
        name={field.name}
        value={choice.key}
        id={index === 0 ? parts.id : undefined}
        ref={index === 0 ? field.ref : undefined}
        checked={field.value === choice.value}
        onChange={() => field.onChange(choice.value)}
        onBlur={field.onBlur}
      />
      <span>{choice.label}</span>
    </label>
  ));
  return fieldFrame(parts, <div className="gc-choices">{options}</div>, {
    widget: 'radio',
    required: props.required,
    kind: 'group',
    role: 'radiogroup',
  });
}
