import type { Locale, LocalizedText } from '@gridcase/forms';
import { createTranslator, DEFAULT_LOCALE, type MessageParams } from '@gridcase/forms/i18n';
import { ERROR_CATALOG, type ErrorCode } from './errorCodes';

/** Extra, machine-readable facts about one error (field issues, ids, limits...). */
export type ErrorDetails = Record<string, unknown>;

/** The wire shape of an error: what the HTTP API answers and what `step()` returns. */
export interface GridcaseErrorShape {
  code: ErrorCode;
  message: string;
  hint: string;
  details?: ErrorDetails;
}

const messages: Record<string, LocalizedText> = {};
for (const [code, spec] of Object.entries(ERROR_CATALOG)) {
  messages[`error.${code}`] = spec.message;
  messages[`error.${code}.hint`] = spec.hint;
}
const translators = {
  'zh-CN': createTranslator('zh-CN', messages),
  en: createTranslator('en', messages),
};

/** Formats details as `{placeholder}` values: lists joined the locale's way. */
function toParams(details: ErrorDetails | undefined, locale: Locale): MessageParams {
  const params: Record<string, string | number | boolean | null | undefined> = {};
  if (!details) return params;
  for (const [key, value] of Object.entries(details)) {
    if (Array.isArray(value)) {
      const sep = locale === 'zh-CN' ? '、' : ', ';
      params[key] = value.length ? value.map(String).join(sep) : locale === 'zh-CN' ? '无' : 'none';
    } else if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      params[key] = value as string | number | boolean | null;
    }
  }
  return params;
}

/**
 * An error from the catalog. Throw it at the edges or return its {@link GridcaseError.toJSON}
 * shape as data; `status` is the HTTP status the server answers with.
 */
export class GridcaseError extends Error {
  override readonly name = 'GridcaseError';
  readonly code: ErrorCode;
  readonly hint: string;
  readonly details: ErrorDetails | undefined;
  readonly status: number;
  readonly locale: Locale;

  constructor(code: ErrorCode, details?: ErrorDetails, locale: Locale = DEFAULT_LOCALE) {
    const tr = translators[locale] ?? translators[DEFAULT_LOCALE];
    const params = toParams(details, locale);
    super(tr(`error.${code}`, params));
    this.code = code;
    this.hint = tr(`error.${code}.hint`, params);
    this.details = details;
    this.status = ERROR_CATALOG[code].status;
    this.locale = locale;
  }

  /** The same error in another locale (details unchanged). */
  inLocale(locale: Locale): GridcaseError {
    return locale === this.locale ? this : new GridcaseError(this.code, this.details, locale);
  }

  /** The wire shape, without the stack. */
  toJSON(): GridcaseErrorShape {
    const shape: GridcaseErrorShape = { code: this.code, message: this.message, hint: this.hint };
    if (this.details !== undefined) shape.details = this.details;
    return shape;
  }
}

/**
 * Makes a catalog error with its message and hint in `locale` (zh-CN by default).
 *
 * @example
 * ```ts
 * const err = gridcaseError('case.versionConflict', { currentVersion: 7 });
 * err.status; // 409
 * err.hint; // '请刷新案件（当前版本 7）后重新操作。'
 * ```
 */
export function gridcaseError(
  code: ErrorCode,
  details?: ErrorDetails,
  locale: Locale = DEFAULT_LOCALE,
): GridcaseError {
  return new GridcaseError(code, details, locale);
}

/**
 * The HTTP status of a code.
 *
 * @example
 * ```ts
 * errorStatus('case.notFound'); // 404
 * ```
 */
export function errorStatus(code: ErrorCode): number {
  return ERROR_CATALOG[code].status;
}
