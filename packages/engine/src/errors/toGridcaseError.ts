import type { Locale } from '@gridcase/forms';
import { DEFAULT_LOCALE } from '@gridcase/forms/i18n';
import { isErrorCode } from './errorCodes';
import { type ErrorDetails, GridcaseError } from './GridcaseError';

/**
 * Whether a value is a {@link GridcaseError} (also across duplicated module copies).
 *
 * @example
 * ```ts
 * if (isGridcaseError(err)) return c.json(err.toJSON(), err.status);
 * ```
 */
export function isGridcaseError(value: unknown): value is GridcaseError {
  return (
    value instanceof GridcaseError ||
    (value instanceof Error &&
      value.name === 'GridcaseError' &&
      isErrorCode((value as { code?: unknown }).code))
  );
}

export interface ToGridcaseErrorOptions {
  locale?: Locale;
  /** Put the original message into `details.cause` (development only: it may leak internals). */
  exposeCause?: boolean;
}

/**
 * Turns anything thrown into a catalog error, once, at a boundary (the HTTP `onError`, the
 * CLI). Catalog errors pass through (re-localized); a plain `{ code, details }` object with a
 * catalog code (an error that crossed the wire) becomes that error; anything else becomes
 * `internal.unexpected`.
 *
 * @example
 * ```ts
 * try {
 *   run();
 * } catch (err) {
 *   const e = toGridcaseError(err, { locale: 'en' });
 *   console.error(`${e.code}: ${e.message} (${e.hint})`);
 * }
 * ```
 */
export function toGridcaseError(
  thrown: unknown,
  options: ToGridcaseErrorOptions = {},
): GridcaseError {
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (isGridcaseError(thrown)) return thrown.inLocale(locale);
  if (typeof thrown === 'object' && thrown !== null) {
    const { code, details } = thrown as { code?: unknown; details?: unknown };
    if (isErrorCode(code)) {
      const d =
        typeof details === 'object' && details !== null ? (details as ErrorDetails) : undefined;
      return new GridcaseError(code, d, locale);
    }
  }
  const details: ErrorDetails | undefined = options.exposeCause
    ? { cause: thrown instanceof Error ? thrown.message : String(thrown) }
    : undefined;
  return new GridcaseError('internal.unexpected', details, locale);
}
