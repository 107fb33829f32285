import type { ReactNode } from 'react';
import type { Mode } from 'react-hook-form';
import type {
  FormDefinition,
  Locale,
  LocalizedText,
  ValidationIssue,
  ValidationResult,
} from '../types';

/** The levels areas nest in: county > township (street) > community (village) > grid. */
export type AreaLevel = 'county' | 'township' | 'community' | 'grid';

/**
 * One area the area picker may offer. The same shape as the server's `Area`, so a host can pass
 * `county.areas` as it is: a flat list, children pointing at their parent.
 */
export interface AreaOption {
  id: string;
  name: LocalizedText;
  level: AreaLevel;
  /** Absent for the top of the list (usually the county). */
  parentId?: string;
}

/** What the host's upload function returns for one stored file; the form keeps this, not the bytes. */
export interface UploadedFile {
  id: string;
  name: string;
  /** Where the file can be shown or downloaded (photos show as thumbnails). */
  url?: string;
}

/** Stores one file (to the host's server, object store, ...) and says how to find it again. */
export type UploadHandler = (file: File) => Promise<UploadedFile>;

/** What the renderer needs of a compiled form: validation that compiles nothing. */
export interface FormCheck {
  validate(data: unknown, options?: { locale?: Locale }): ValidationResult;
}

/** Compiles forms; `createValidator()` and `formValidator` from `@gridcase/forms` are such. */
export interface FormCompiler {
  compile(form: FormDefinition): FormCheck;
}

/** The form's values: plain JSON keyed like the schema's properties. */
export type FormValues = Record<string, unknown>;

/** Props of {@link SchemaForm}. */
export interface SchemaFormProps<T extends FormValues = FormValues> {
  /**
   * The form to render: JSON Schema for the data plus the UI schema for layout and labels. Keep
   * the object stable (a module constant, state, or `useMemo`): a new object means a new form.
   */
  form: FormDefinition;
  /** zh-CN (default) or en: labels, the renderer's texts and validation messages. */
  locale?: Locale;
  /**
   * Called with the validated data once every check passes. A returned promise keeps the submit
   * button busy. With `draftKey`, the draft is dropped when it resolves, unless it resolves to
   * `false` (the data was not stored: a host that shows its own failure says so this way).
   */
  onSubmit: (data: T) => void | boolean | Promise<void> | Promise<boolean | undefined>;
  /** Values the form starts with (a draft, facts already recorded); read when the form mounts. */
  defaultValues?: Partial<T>;
  /** Failures the server reported (a 422's `details.issues`); each lands on its field. */
  serverIssues?: readonly ValidationIssue[];
  /** Shows the form read-only: nothing can be edited or submitted. */
  disabled?: boolean;
  /** Stores an attachment; file and photo fields need it. */
  onUpload?: UploadHandler;
  /** The areas the area picker offers (usually the areas the user works in). */
  areaOptions?: readonly AreaOption[];
  /** Text of the submit button; defaults to 提交 / Submit. */
  submitLabel?: LocalizedText | string;
  /**
   * When fields are first checked (react-hook-form's `mode`). Default `onSubmit`: nothing is
   * checked while the form is first filled in, then after a failed submit every change re-checks
   * its field, so a message clears as soon as it is fixed. Checking on blur (`onTouched`,
   * `onBlur`) makes messages appear as focus leaves a field, which moves the buttons below
   * between press and release and can swallow the click.
   */
  mode?: Mode;
  /** Replaces the shared validator (a host with a validator of its own); read once, when the form first renders. */
  validator?: FormCompiler;
  /**
   * Keeps a draft of the half-filled form under this key, so it survives a reload: restored when
   * the form mounts, written on every change, dropped after a successful submit (and after 7
   * days). Drafts stay in this device's `localStorage` only and may hold personal data; use a
   * key per record and action (`case:GC-2026-1001:accept`), and `clearFormDrafts()` on
   * sign-out on shared devices.
   */
  draftKey?: string;
  /** The `<form>` element's id; also the prefix of every field id. */
  id?: string;
  /** Leaves out the built-in stylesheet (the host styles the `gc-` classes itself). */
  unstyled?: boolean;
  /** Extra class names on the `<form>` element. */
  className?: string;
  /** Rendered between the fields and the submit button (for example a "save draft" button). */
  children?: ReactNode;
}
