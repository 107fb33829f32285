import { useMemo } from 'react';
import { useController } from 'react-hook-form';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { useFieldParts } from '../fields/useFieldParts';
import { isSchema, schemaType } from '../schema/schemaType';
import { choicesOf } from './choiceOptions';

/**
 * A yes/no checkbox for a boolean, or a list of checkboxes for an array of choices
 * (`{ type: 'array', items: { enum: [...] } }`).
 */
export function CheckboxWidget(props: FieldProps) {
  return schemaType(props.schema) === 'array' ? (
    <CheckboxListWidget {...props} />
  ) : (
    <BooleanCheckbox {...props} />
  );
}

function BooleanCheckbox(props: FieldProps) {
  const { control } = useFormContextValue();
  const parts = useFieldParts(props);
  const input = (
    <input
      type="checkbox"
      id={parts.id}
      className="gc-checkbox"
      {...parts.aria}
      {...control.register(props.name)}
    />
  );
  return fieldFrame(parts, input, { widget: 'checkbox', required: props.required });
}

function CheckboxListWidget(props: FieldProps) {
  const { control, locale } = useFormContextValue();
  const parts = useFieldParts(props);
  const { field } = useController({ control, name: props.name });
  const items = isSchema(props.schema.items) ? props.schema.items : {};
  const choices = useMemo(() => choicesOf(items, props.ui, locale), [items, props.ui, locale]);
  const selected: unknown[] = Array.isArray(field.value) ? field.value : [];
  const toggle = (value: unknown, on: boolean) => {
    const next = on
      ? choices.map((c) => c.value).filter((v) => v === value || selected.includes(v))
      : selected.filter((v) => v !== value);
    field.onChange(next.length > 0 ? next : undefined);
  };
  const options = choices.map((choice, index) => (
    <label key={choice.key} className="gc-choice">
      <input
        type="checkbox"
        name={field.name}
        value={choice.key}
        id={index === 0 ? parts.id : undefined}
        ref={index === 0 ? field.ref : undefined}
        checked={selected.includes(choice.value)}
        onChange={(event) => toggle(choice.value, event.target.checked)}
        onBlur={field.onBlur}
        {...(parts.error ? { 'aria-invalid': true } : {})}
      />
      <span>{choice.label}</span>
    </label>
  ));
  return fieldFrame(parts, <div className="gc-choices">{options}</div>, {
    widget: 'checkbox',
    required: props.required,
    kind: 'group',
  });
}
