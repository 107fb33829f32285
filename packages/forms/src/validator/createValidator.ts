import type { ValidateFunction } from 'ajv';
import { createTranslator, DEFAULT_LOCALE, type Translator } from '../i18n';
import type {
  CompiledForm,
  FormDefinition,
  FormValidator,
  JsonSchema,
  Locale,
  ValidateOptions,
  ValidationIssue,
  ValidationResult,
} from '../types';
import { isUnderHidden, stripHidden } from '../visibility';
import { countValues, schemaCapacity } from './capacity';
import { createAjv } from './createAjv';
import { validationMessages } from './messages';
import { schemaHash } from './schemaHash';
import { toIssues } from './toIssues';

/** Options of {@link createValidator}. */
export interface ValidatorOptions {
  /** How many compiled schemas to keep (least recently used ones go first). Default 500. */
  cacheSize?: number;
}

/** Compiles forms once and validates data against them; see {@link createValidator}. */
export interface Validator extends FormValidator {
  /** Compiles a form's schema (cached by its hash). Throws if the schema does not compile. */
  compile(form: FormDefinition): CompiledForm;
  /** `compile(form).validate(data, options)`. */
  validate(form: FormDefinition, data: unknown, options?: ValidateOptions): ValidationResult;
}

interface Compiled {
  validate: ValidateFunction;
  capacity: number;
  schema: JsonSchema;
}

const translators = new Map<Locale, Translator<keyof typeof validationMessages>>();
function translatorFor(locale: Locale = DEFAULT_LOCALE) {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(locale, validationMessages);
    translators.set(locale, t);
  }
  return t;
}

function failure(code: 'payload.tooLarge' | 'payload.invalid', locale?: Locale): ValidationResult {
  const issue: ValidationIssue = {
    path: '',
    code,
    message: translatorFor(locale)(code),
    params: {},
  };
  return { ok: false, issues: [issue] };
}

/** Ajv resolves `$schema`/`$id` against its registry; a form is compiled on its own, without them. */
function withoutIdentity(schema: JsonSchema): JsonSchema {
  const { $id: _id, $schema: _schema, ...rest } = schema;
  return rest;
}

/**
 * Creates a validator: one Ajv instance (draft 2020-12, strict, RE2 patterns, our formats) and
 * a cache of compiled schemas keyed by the sha256 of their canonical JSON, so the same schema is
 * compiled once however many form objects carry it. The same module runs in browsers and Node.
 *
 * @example
 * ```ts
 * const validator = createValidator();
 * const intake = validator.compile(form);
 * const result = intake.validate({ name: '' }, { locale: 'zh-CN' });
 * if (!result.ok) console.log(result.issues); // [{ path: 'name', code: 'minLength', ... }]
 * ```
 */
export function createValidator(options: ValidatorOptions = {}): Validator {
  const cacheSize = options.cacheSize ?? 500;
  const ajv = createAjv();
  const byHash = new Map<string, Compiled>();
  const byForm = new WeakMap<FormDefinition, CompiledForm>();

  function compileSchema(hash: string, schema: JsonSchema): Compiled {
    const cached = byHash.get(hash);
    if (cached) {
      byHash.delete(hash);
      byHash.set(hash, cached);
      return cached;
    }
    const own = withoutIdentity(schema);
    const compiled = { validate: ajv.compile(own), capacity: schemaCapacity(own), schema: own };
    byHash.set(hash, compiled);
    if (byHash.size > cacheSize) {
      const [oldest, evicted] = byHash.entries().next().value!;
      byHash.delete(oldest);
      ajv.removeSchema(evicted.schema);
    }
    return compiled;
  }

  function compile(form: FormDefinition): CompiledForm {
    const known = byForm.get(form);
    if (known) return known;
    const hash = schemaHash(form.schema);
    const compiled = compileSchema(hash, form.schema);
    const compiledForm: CompiledForm = {
      form,
      schemaHash: hash,
      validate(data, { locale } = {}) {
        // Counted before anything walks the data: hidden fields are declared, so they count too.
        if (compiled.capacity < Number.POSITIVE_INFINITY) {
          if (countValues(data, compiled.capacity) > compiled.capacity) {
            return failure('payload.tooLarge', locale);
          }
        }
        const { data: visible, hidden } = stripHidden(form.ui, data);
        let valid: boolean;
        try {
          valid = compiled.validate(visible) as boolean;
        } catch {
          return failure('payload.invalid', locale);
        }
        if (valid) return { ok: true, data: visible as Record<string, unknown> };
        const isHidden = (path: string) => hidden.length > 0 && isUnderHidden(path, hidden);
        const issues = toIssues(
          compiled.validate.errors ?? [],
          translatorFor(locale),
          visible,
          isHidden,
        );
        return issues.length
          ? { ok: false, issues }
          : { ok: true, data: visible as Record<string, unknown> };
      },
    };
    byForm.set(form, compiledForm);
    return compiledForm;
  }

  return {
    compile,
    validate: (form, data, validateOptions) => compile(form).validate(data, validateOptions),
  };
}

let shared: Validator | undefined;
/** The process-wide (or page-wide) validator, created on first use. */
function sharedValidator(): Validator {
  shared ??= createValidator();
  return shared;
}

/**
 * Validates data against a form with the shared default validator (one cache per process or
 * page). It implements {@link FormValidator}, the interface the engine's `step()` takes.
 *
 * @example
 * ```ts
 * const result = validateForm(form, { mobile: '123' }, { locale: 'en' });
 * // { ok: false, issues: [{ path: 'mobile', code: 'format.cn-mobile',
 * //   message: 'Enter a valid 11-digit mobile number', params: { format: 'cn-mobile' } }] }
 * ```
 */
export function validateForm(
  form: FormDefinition,
  data: unknown,
  options?: ValidateOptions,
): ValidationResult {
  return sharedValidator().validate(form, data, options);
}

/**
 * The shared default validator as an object, for code that takes a {@link FormValidator}
 * (the engine's `step()`) or wants `compile()`.
 *
 * @example
 * ```ts
 * const intake = formValidator.compile(form);
 * intake.validate(data).ok;
 * ```
 */
export const formValidator: Validator = {
  compile: (form) => sharedValidator().compile(form),
  validate: (form, data, options) => sharedValidator().validate(form, data, options),
};
