import { fieldFrame } from './fieldFrame';
import type { FieldProps } from './fieldProps';
import { ObjectFields } from './ObjectFields';
import { useFieldParts } from './useFieldParts';

/** A nested object: its fields inside a fieldset named by the property's label. */
export function ObjectGroup(props: FieldProps) {
  const parts = useFieldParts(props);
  return fieldFrame(
    parts,
    <div className="gc-fields">
      <ObjectFields scope={props.name} schema={props.schema} ui={props.ui.items} />
    </div>,
    { widget: 'object', required: props.required, kind: 'group' },
  );
}
