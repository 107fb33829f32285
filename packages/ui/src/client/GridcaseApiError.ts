import type { ValidationIssue } from '@gridcase/forms';
import type { ApiErrorBody } from './types';

/**
 * A failed server call: the HTTP status plus the server's `{ code, message, hint, details }`.
 * Validation failures (422) carry their field issues in `issues`.
 *
 * @example
 * ```ts
 * try {
 *   await client.runCommand(caseId, { type: 'MEDIATE', data });
 * } catch (err) {
 *   if (err instanceof GridcaseApiError && err.issues.length) showIssues(err.issues);
 * }
 * ```
 */
export class GridcaseApiError extends Error {
  override readonly name = 'GridcaseApiError';
  readonly status: number;
  readonly code: string;
  readonly hint: string | undefined;
  readonly details: ApiErrorBody['details'];

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.hint = body.hint;
    this.details = body.details;
  }

  /** Field issues of a validation failure, `[]` otherwise. */
  get issues(): ValidationIssue[] {
    const issues = this.details?.issues;
    return Array.isArray(issues) ? issues : [];
  }
}

/** Reads an error body defensively: a proxy may answer with HTML or nothing at all. */
export async function toApiError(res: Response): Promise<GridcaseApiError> {
  const text = await res.text().catch(() => '');
  let body: Partial<ApiErrorBody> = {};
  try {
    body = text ? (JSON.parse(text) as Partial<ApiErrorBody>) : {};
  } catch {
    body = {};
  }
  return new GridcaseApiError(res.status, {
    code: typeof body.code === 'string' ? body.code : `http.${res.status}`,
    message:
      typeof body.message === 'string' ? body.message : `${res.status} ${res.statusText}`.trim(),
    ...(typeof body.hint === 'string' ? { hint: body.hint } : {}),
    ...(body.details && typeof body.details === 'object' ? { details: body.details } : {}),
  });
}
