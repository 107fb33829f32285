import { useMemo } from 'react';
import type { JsonSchema, UiSchema } from '../../types';
import { objectFields } from '../schema/objectFields';
import { Field } from './Field';

interface ObjectFieldsProps {
  /** Path of the object (`''` for the form root). */
  scope: string;
  schema: JsonSchema;
  ui: UiSchema | undefined;
}

/** The fields of one object, in the UI schema's order. */
export function ObjectFields({ scope, schema, ui }: ObjectFieldsProps) {
  const specs = useMemo(() => objectFields(schema, ui), [schema, ui]);
  return specs.map((spec) => <Field key={spec.key} scope={scope} spec={spec} />);
}
