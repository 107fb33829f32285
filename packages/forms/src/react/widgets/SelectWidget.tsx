import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { isSchema, schemaType } from '../schema/schemaType';
import { choicesOf, valueOfKey } from './choiceOptions';

/**
 * A drop-down of an enumeration's choices, with an empty "please choose" first (uncontrolled),
 * or for an array of choices a multiple-choice list box.
 */
export function SelectWidget(props: FieldProps) {
  return schemaType(props.schema) === 'array' ? (
    <MultiSelect {...props} />
  ) : (
    <SingleSelect {...props} />
  );
}

function SingleSelect(props: FieldProps) {
  const { control, locale, t } = useFormContextValue();
  const parts = useFieldParts(props);
  const choices = useMemo(
    () => choicesOf(props.schema, props.ui, locale, [t('form.react.yes'), t('form.react.no')]),
    [props.schema, props.ui, locale, t],
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

function MultiSelect(props: FieldProps) {
  const { control, locale } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const items = isSchema(props.schema.items) ? props.schema.items : {};
  const choices = useMemo(() => choicesOf(items, props.ui, locale), [items, props.ui, locale]);
  const selected = (Array.isArray(field.value) ? field.value : []).map(String);
  return fieldFrame(
    parts,
    <select
      multiple
      id={parts.id}
      className="gc-input gc-select"
      name={field.name}
      ref={field.ref}
      value={selected}
      size={Math.min(choices.length, 6)}
      onChange={(event) => {
        const keys = Array.from(event.target.selectedOptions, (option) => option.value);
        const values = keys.map((key) => valueOfKey(choices, key));
        field.onChange(values.length > 0 ? values : undefined);
      }}
      onBlur={field.onBlur}
      {...parts.aria}
    >
      {choices.map((choice) => (
        <option key={choice.key} value={choice.key}>
          {choice.label}
        </option>
      ))}
    </select>,
    { widget: 'select', required: props.required },
  );
}
