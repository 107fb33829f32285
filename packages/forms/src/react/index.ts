/**
 * `@gridcase/forms/react`: the React renderer of gridcase forms, on react-hook-form.
 *
 * @example
 * ```tsx
 * import { SchemaForm } from '@gridcase/forms/react';
 *
 * <SchemaForm form={form} onSubmit={(data) => save(data)} />;
 * ```
 */
export {
  clearFormDraft,
  clearFormDrafts,
  DRAFT_MAX_AGE_MS,
  readFormDraft,
} from './draft/formDraft';
export { serverIssuesOf } from './resolver/serverIssuesOf';
export { SchemaForm } from './SchemaForm/SchemaForm';
export { inferWidget } from './schema/inferWidget';
export { schemaFormCss } from './styles/schemaFormCss';
export type {
  AreaLevel,
  AreaOption,
  FormCheck,
  FormCompiler,
  FormValues,
  SchemaFormProps,
  UploadedFile,
  UploadHandler,
} from './types';
export { type UseSchemaFormOptions, useSchemaForm } from './useSchemaForm/useSchemaForm';
