import type { FieldUi, JsonSchema } from '../../types';

/** What every widget receives: where the value lives and how the schema and UI schema describe it. */
export interface FieldProps {
  /** The react-hook-form path of the value (`parties.0.idNumber`). */
  name: string;
  schema: JsonSchema;
  ui: FieldUi;
  required: boolean;
}
