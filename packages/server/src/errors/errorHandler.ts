import {
  type GridcaseError,
  gridcaseError,
  isGridcaseError,
  toGridcaseError,
} from '@gridcase/engine';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { GridcaseEnv, Logger } from '../types';

/** The one error body every failing response carries. */
export interface ErrorBody {
  code: string;
  message: string;
  hint: string;
  details: Record<string, unknown>;
  /** Development mode only. */
  stack?: string;
}

function fromHttpException(error: HTTPException): GridcaseError {
  if (error.status === 413) return gridcaseError('request.tooLarge');
  if (error.status === 404) return gridcaseError('request.notFound');
  if (error.status === 401) return gridcaseError('auth.required');
  return gridcaseError('internal.unexpected');
}

/**
 * The one place a thrown value becomes a response: `{ code, message, hint, details }` from the
 * engine's catalog, with the catalog's status for the code, in the caller's locale. Anything not
 * from the catalog becomes `internal.unexpected` (logged with the request id); stacks appear only
 * in development mode.
 *
 * @example
 * ```ts
 * app.onError(createErrorHandler({ devMode: false, logger: console }));
 * ```
 */
export function createErrorHandler(options: { devMode: boolean; logger: Logger }) {
  return (error: Error, c: Context<GridcaseEnv>): Response => {
    const locale = c.get('locale') ?? 'zh-CN';
    const requestId = c.get('requestId');
    const known = isGridcaseError(error)
      ? error
      : error instanceof HTTPException
        ? fromHttpException(error)
        : undefined;
    let shaped = toGridcaseError(known ?? error, { locale });
    if (shaped.status >= 500) {
      options.logger.error(`[gridcase] ${requestId} ${c.req.method} ${c.req.path}`, error);
      shaped = gridcaseError(shaped.code, { ...shaped.details, requestId }, locale);
    }
    const body: ErrorBody = {
      code: shaped.code,
      message: shaped.message,
      hint: shaped.hint,
      details: shaped.details ?? {},
    };
    if (options.devMode) body.stack = error.stack;
    const retryAfter = body.details.retryAfter;
    if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
    c.header('Cache-Control', 'no-store');
    return c.json(body, shaped.status as ContentfulStatusCode);
  };
}
