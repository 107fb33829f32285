import type { WorkflowDefinition } from '@gridcase/engine';
import { lintDefinition } from './engineParts';

/**
 * Reads a county's JSON document as a workflow definition, after the engine's linter found
 * nothing wrong with it; throws with every finding otherwise.
 *
 * @example
 * ```ts
 * import doc from './dispute-mediation.json' with { type: 'json' };
 * const definition = checkedDefinition(doc, 'fengyuan/dispute-mediation.json');
 * ```
 */
export function checkedDefinition(document: unknown, name: string): WorkflowDefinition {
  const findings = lintDefinition(document, { locale: 'en' });
  if (findings.length > 0) {
    const list = findings.map((f) => `  ${f.pointer || '/'} ${f.code}: ${f.message}`).join('\n');
    throw new Error(`${name} has lint findings:\n${list}`);
  }
  return document as WorkflowDefinition;
}
