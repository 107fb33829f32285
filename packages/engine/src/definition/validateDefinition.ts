import type { Locale } from '@gridcase/forms';
import { DEFAULT_LOCALE } from '@gridcase/forms/i18n';
import type { ValidateFunction } from 'ajv';
import { engineAjv } from '../catalog';
import type { WorkflowDefinition } from '../types';
import schema from './definition.schema.json';
import { type DefinitionFinding, schemaFindings } from './schemaFindings';

export type { DefinitionFinding };

export type DefinitionValidation =
  | { ok: true; definition: WorkflowDefinition }
  | { ok: false; findings: DefinitionFinding[] };

let validate: ValidateFunction | undefined;

/**
 * Checks a document against the definition format (`definition.schema.json`). Structural only:
 * the linter checks meaning (reachability, roles, forms...).
 *
 * @example
 * ```ts
 * const result = validateDefinition(JSON.parse(text), 'en');
 * if (!result.ok) for (const f of result.findings) console.log(f.pointer, f.message);
 * ```
 */
export function validateDefinition(
  input: unknown,
  locale: Locale = DEFAULT_LOCALE,
): DefinitionValidation {
  validate ??= engineAjv.compile(schema);
  if (validate(input)) return { ok: true, definition: input as WorkflowDefinition };
  return { ok: false, findings: schemaFindings(validate.errors ?? [], locale) };
}
