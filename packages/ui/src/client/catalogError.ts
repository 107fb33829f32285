import { type ErrorCode, errorStatus, gridcaseError } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { GridcaseApiError } from './GridcaseApiError';

/**
 * An error from the one catalog, as the server would answer it: the same code, status, message
 * and hint. For refusals a client makes itself (a photo too large to send at all) and for the
 * memory client.
 *
 * @example
 * ```ts
 * throw catalogError('public.uploadTooLarge', { limitMb: 5 }, 'zh-CN');
 * ```
 */
export function catalogError(
  code: ErrorCode,
  details?: Record<string, unknown>,
  locale?: Locale,
): GridcaseApiError {
  return new GridcaseApiError(
    errorStatus(code),
    gridcaseError(code, details as never, locale).toJSON(),
  );
}
