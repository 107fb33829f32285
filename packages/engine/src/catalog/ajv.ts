import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

/**
 * The engine's Ajv (draft 2020-12) for its own trusted schemas: the definition format and the
 * catalog's params. Admin-authored schemas (forms, `dataMatches`) go through the forms
 * package's validator instead.
 */
export const engineAjv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  strictTypes: false,
  allowUnionTypes: true,
});

/** One Ajv error as a JSON pointer relative to the validated value, plus a readable reason. */
export interface SchemaIssue {
  pointer: string;
  keyword: string;
  reason: string;
}

/** Turns Ajv errors into issues, one per distinct place and keyword. */
export function toIssues(errors: ErrorObject[] | null | undefined): SchemaIssue[] {
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const e of errors ?? []) {
    const extra =
      e.keyword === 'additionalProperties'
        ? `/${String((e.params as { additionalProperty: string }).additionalProperty)}`
        : '';
    const pointer = `${e.instancePath}${extra.replace(/~/g, '~0')}`;
    const key = `${pointer} ${e.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ pointer, keyword: e.keyword, reason: e.message ?? e.keyword });
  }
  return issues;
}
