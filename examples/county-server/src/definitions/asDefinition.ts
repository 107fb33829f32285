import type { WorkflowDefinition } from '@gridcase/engine';

/**
 * Reads a county's JSON document as a workflow definition, checking only its shape here: the
 * server's publish route runs the engine linter and the forms publish gate on it when the seed
 * publishes it (and a test lints every document).
 *
 * @example
 * ```ts
 * import doc from './dispute-mediation.json' with { type: 'json' };
 * const definition = asDefinition(doc, 'fengyuan/dispute-mediation.json');
 * ```
 */
export function asDefinition(document: unknown, name: string): WorkflowDefinition {
  const doc = document as Partial<WorkflowDefinition> | null;
  if (!doc || typeof doc.id !== 'string' || !doc.machine || !doc.forms) {
    throw new Error(`${name} is not a workflow definition (run gen:definitions)`);
  }
  return doc as WorkflowDefinition;
}
