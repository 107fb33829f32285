import { type FieldValues, type UseFieldArrayReturn, useFieldArray } from 'react-hook-form';
import type { JsonSchema, UiSchema } from '../../types';
import { useFormContextValue } from '../context/FormContext';
import { fieldFrame } from '../fields/fieldFrame';
import type { FieldProps } from '../fields/fieldProps';
import { ObjectFields } from '../fields/ObjectFields';
import { useFieldParts } from '../fields/useFieldParts';
import { isSchema, schemaType } from '../schema/schemaType';

/**
 * A repeatable list of objects, such as the parties to a dispute: each item is a fieldset with
 * its own fields, and buttons to move it up or down or remove it; a button under the list adds
 * one. Built on `useFieldArray`; `minItems`/`maxItems` disable remove and add at the limits.
 */
export function ArrayWidget(props: FieldProps) {
  const { control, clearErrors, t } = useFormContextValue();
  const parts = useFieldParts(props);
  const fieldArray = useFieldArray({ control, name: props.name });
  // A list-level message ("add at least 1") is stale once the list changes; submit checks again.
  const array = {
    ...fieldArray,
    ...withClear(fieldArray, () => parts.error && clearErrors(`${props.name}.root`)),
  };
  const items = isSchema(props.schema.items) ? props.schema.items : {};
  if (schemaType(items) !== 'object') {
    return fieldFrame(parts, <p className="gc-help">{t('form.react.array.unsupported')}</p>, {
      widget: 'array',
      required: props.required,
      kind: 'group',
    });
  }
  const { minItems, maxItems } = props.schema;
  const count = array.fields.length;
  const itemLabel = parts.label;
  const canAdd = !(typeof maxItems === 'number' && count >= maxItems);
  const canRemove = !(typeof minItems === 'number' && count <= minItems);
  const list = (
    <>
      {count === 0 ? (
        <p className="gc-help">{t('form.react.array.empty', { label: itemLabel })}</p>
      ) : (
        <ol className="gc-items">
          {array.fields.map((field, index) => (
            <ArrayItem
              key={field.id}
              name={props.name}
              index={index}
              count={count}
              legend={t('form.react.array.item', { label: itemLabel, n: index + 1 })}
              schema={items}
              ui={props.ui.items}
              array={array}
              canRemove={canRemove}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="gc-button gc-add"
        id={parts.id}
        disabled={!canAdd}
        onClick={() => array.append({})}
      >
        {t('form.react.array.add', { label: itemLabel })}
      </button>
    </>
  );
  return fieldFrame(parts, list, { widget: 'array', required: props.required, kind: 'group' });
}

type ListActions = Pick<UseFieldArrayReturn<FieldValues, string>, 'append' | 'move' | 'remove'>;

function withClear(actions: ListActions, clear: () => void): ListActions {
  return {
    append: (...args) => {
      clear();
      actions.append(...args);
    },
    move: (...args) => {
      clear();
      actions.move(...args);
    },
    remove: (...args) => {
      clear();
      actions.remove(...args);
    },
  };
}

interface ArrayItemProps {
  name: string;
  index: number;
  count: number;
  legend: string;
  schema: JsonSchema;
  ui: UiSchema | undefined;
  array: ListActions;
  canRemove: boolean;
}

function ArrayItem({ name, index, count, legend, schema, ui, array, canRemove }: ArrayItemProps) {
  const { t } = useFormContextValue();
  return (
    <li className="gc-item">
      <fieldset className="gc-group">
        <legend className="gc-label">{legend}</legend>
        <div className="gc-item-actions">
          <button
            type="button"
            className="gc-button"
            aria-label={t('form.react.array.moveUpItem', { item: legend })}
            disabled={index === 0}
            onClick={() => array.move(index, index - 1)}
          >
            {t('form.react.array.moveUp')}
          </button>
          <button
            type="button"
            className="gc-button"
            aria-label={t('form.react.array.moveDownItem', { item: legend })}
            disabled={index === count - 1}
            onClick={() => array.move(index, index + 1)}
          >
            {t('form.react.array.moveDown')}
          </button>
          <button
            type="button"
            className="gc-button gc-remove"
            aria-label={t('form.react.array.removeItem', { item: legend })}
            disabled={!canRemove}
            onClick={() => array.remove(index)}
          >
            {t('form.react.array.remove')}
          </button>
        </div>
        <div className="gc-fields">
          <ObjectFields scope={`${name}.${index}`} schema={schema} ui={ui} />
        </div>
      </fieldset>
    </li>
  );
}
