import type { ValidationIssue } from '../../types';

const isText = (value: unknown): value is string => typeof value === 'string';

function asIssue(value: unknown): ValidationIssue | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { path, code, message } = value as Record<string, unknown>;
  return isText(path) && isText(code) && isText(message) ? { path, code, message } : undefined;
}

/**
 * The issues to show for a gridcase server's error body (`{ code, message, hint, details }`):
 * a 422's `details.issues` go on their fields; any other error becomes one issue on the whole
 * form (path `''`), shown in the error summary. Anything that is not such a body gives `[]`.
 *
 * @example
 * ```ts
 * const response = await fetch(url, { method: 'POST', body: JSON.stringify(data) });
 * if (!response.ok) setServerIssues(serverIssuesOf(await response.json()));
 * ```
 */
export function serverIssuesOf(body: unknown): ValidationIssue[] {
  if (typeof body !== 'object' || body === null) return [];
  const { code, message, details } = body as Record<string, unknown>;
  const listed = (details as { issues?: unknown } | undefined)?.issues;
  if (Array.isArray(listed)) {
    const issues = listed.map(asIssue).filter((issue) => issue !== undefined);
    if (issues.length > 0) return issues;
  }
  return isText(code) && isText(message) ? [{ path: '', code, message }] : [];
}
