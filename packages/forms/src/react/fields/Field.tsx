import { memo } from 'react';
import { useWatch } from 'react-hook-form';
import { conditionHolds } from '../../visibility';
import { useFormContextValue } from '../context/FormContext';
import type { FieldSpec } from '../schema/objectFields';
import { setPath } from '../schema/setPath';
import { FieldWidget } from './FieldWidget';

interface FieldEntryProps {
  /** Path of the object holding the field (`''` at the form root, `parties.0` in a list item). */
  scope: string;
  spec: FieldSpec;
}

const join = (scope: string, key: string) => (scope ? `${scope}.${key}` : key);

/**
 * One property of an object: its widget, or nothing while its `visibleIf` does not hold. Memoised
 * with stable props, so it renders once and leaves the work to the widget below.
 */
export const Field = memo(function Field({ scope, spec }: FieldEntryProps) {
  const name = join(scope, spec.key);
  return spec.ui.visibleIf ? (
    <ConditionalField scope={scope} spec={spec} name={name} />
  ) : (
    <FieldWidget name={name} schema={spec.schema} ui={spec.ui} required={spec.required} />
  );
});

/**
 * Watches only the field the condition reads, through `useWatch`'s `compute`: it re-renders when
 * the condition flips, not on every keystroke in the field it depends on. `visibleIf.field` is
 * relative to the object holding the field (the form root, or the list item).
 */
function ConditionalField({ scope, spec, name }: FieldEntryProps & { name: string }) {
  const { control } = useFormContextValue();
  const condition = spec.ui.visibleIf!;
  const visible = useWatch({
    control,
    name: join(scope, condition.field),
    // The shared rule reads the condition's field from the object holding it; rebuild that object.
    compute: (value: unknown) => conditionHolds(condition, setPath({}, condition.field, value)),
  });
  return visible ? (
    <FieldWidget name={name} schema={spec.schema} ui={spec.ui} required={spec.required} />
  ) : null;
}
