import { gridcaseError } from '@gridcase/engine';

/**
 * Reads `If-Match` as a case version: `"3"`, `W/"3"` or `3`; absent gives `undefined`.
 *
 * @example
 * ```ts
 * parseIfMatch('"7"'); // 7
 * ```
 */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,12})"?\s*$/.exec(header);
  if (!match?.[1])
    throw gridcaseError('request.invalid', {
      reason: 'If-Match must be a case version such as "3"',
    });
  return Number(match[1]);
}

/** The ETag of a case version. */
export const etagOf = (version: number) => `"${version}"`;
