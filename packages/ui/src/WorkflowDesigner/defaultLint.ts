import { lintDefinition, type WorkflowDefinition } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import type { LintFinding } from '../client/types';

/** The designer's default linter: the engine's, in the user's language. */
export function defaultLint(definition: WorkflowDefinition, locale: Locale): LintFinding[] {
  return lintDefinition(definition, { locale });
}
