/**
 * The shared vocabulary of @gridcase/forms. Every other package (engine, server, ui)
 * speaks about forms, validation results and translated text in these types.
 */

/** The locales gridcase ships. zh-CN is the default everywhere. */
export type Locale = 'zh-CN' | 'en';

/** A user-facing text in both shipped locales. zh-CN first. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** A JSON Schema (draft 2020-12) as plain data. Admin-authored ones pass the publish gate. */
export type JsonSchema = { [keyword: string]: unknown };

/** Kinds of personal data a schema property may carry (`x-pii` keyword). */
export type PiiKind = 'name' | 'idcard' | 'phone' | 'address';

/** The widgets the React renderer offers. */
export type WidgetName =
  | 'text'
  | 'textarea'
  | 'number'
  | 'select'
  | 'radio'
  | 'checkbox'
  | 'date'
  | 'datetime'
  | 'array'
  | 'file'
  | 'photo'
  | 'signature'
  | 'area';

/**
 * A condition on the form's own data that decides whether a field is shown (and validated).
 * `field` is a dotted path relative to the form root.
 */
export type VisibleIf =
  | { field: string; equals: unknown }
  | { field: string; in: unknown[] }
  | { field: string; notEmpty: true };

/** How one field is presented. */
export interface FieldUi {
  widget?: WidgetName;
  label?: LocalizedText;
  help?: LocalizedText;
  placeholder?: LocalizedText;
  visibleIf?: VisibleIf;
  /** For arrays of objects (and nested objects): the item form's layout. */
  items?: UiSchema;
  /**
   * Labels of an enumeration's choices, keyed by the value as text (`String(value)`), for select,
   * radio and checkbox lists. Without one, a choice shows its `oneOf` `title`, else its value.
   */
  enumLabels?: Record<string, LocalizedText>;
}

/** Layout and presentation of a form: field order and per-field settings. */
export interface UiSchema {
  order?: string[];
  fields?: Record<string, FieldUi>;
}

/** One form an action needs: a JSON Schema for the data plus a UI schema for the layout. */
export interface FormDefinition {
  id: string;
  title: LocalizedText;
  schema: JsonSchema;
  ui?: UiSchema;
}

/**
 * One validation failure. Failures are data, never exceptions.
 * `path` is the dotted field path as react-hook-form names fields (`parties.0.idNumber`),
 * `''` for the form root.
 */
export interface ValidationIssue {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

export type ValidationResult<T = Record<string, unknown>> =
  | { ok: true; data: T }
  | { ok: false; issues: ValidationIssue[] };

/** Options of one validation run. */
export interface ValidateOptions {
  /** Language of the issue messages; zh-CN when absent. */
  locale?: Locale;
}

/**
 * A form whose schema is compiled and ready to validate data. Compiling is the expensive part
 * (milliseconds); validating is microseconds. Both browser and server use the same code.
 */
export interface CompiledForm {
  readonly form: FormDefinition;
  /** sha256 of the schema's canonical JSON: the compile cache key, stable across machines. */
  readonly schemaHash: string;
  /**
   * Validates data against the schema, after dropping the values of fields the UI schema hides
   * (`visibleIf`). `ok` results carry that visible data; issues on hidden fields are never reported.
   */
  validate(data: unknown, options?: ValidateOptions): ValidationResult;
}

/** What the engine needs from a validator; `@gridcase/forms` fills it. */
export interface FormValidator {
  validate(form: FormDefinition, data: unknown, options?: { locale?: Locale }): ValidationResult;
}

/**
 * One reason the publish gate refuses a form. `pointer` is a JSON pointer into what was
 * checked (`/schema/properties/name` for a form, `/properties/name` for a bare schema).
 * `code` is stable (`string.maxLength`, `pattern.unsafe`); message and hint are translated.
 */
export interface GateFinding {
  pointer: string;
  code: string;
  message: string;
  /** What to change so the form passes. */
  hint: string;
  params?: Record<string, unknown>;
}

/** The publish gate's verdict: `ok` exactly when there are no findings. */
export interface GateResult {
  ok: boolean;
  findings: GateFinding[];
}
