import type { StateNodeConfig, WorkflowDefinition } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';

/** Display names a case's history needs: every stage's title and every form field's label. */
export interface DefinitionLabels {
  /** By state id (`dispute-mediation.mediation.sessions`) and by path (`mediation.sessions`). */
  stageTitles: Record<string, LocalizedText>;
  /** By field name, from the forms' layouts (the first form naming a field wins). */
  fieldLabels: Record<string, LocalizedText>;
}

/**
 * Collects the titles of all stages and the labels of all fields of a definition, so a case's
 * history reads "调解中" and "协议内容" rather than `mediation` and `terms`.
 *
 * @example
 * ```ts
 * const { stageTitles, fieldLabels } = definitionLabels(definition);
 * <CaseView caseId={id} stageTitles={stageTitles} fieldLabels={fieldLabels} />
 * ```
 */
export function definitionLabels(definition: WorkflowDefinition): DefinitionLabels {
  const stageTitles: Record<string, LocalizedText> = {};
  const visit = (node: StateNodeConfig, path: string[]) => {
    if (path.length > 0 && node.meta?.title) {
      stageTitles[`${definition.machine.id}.${path.join('.')}`] = node.meta.title;
      stageTitles[path.join('.')] = node.meta.title;
    }
    for (const [key, child] of Object.entries(node.states ?? {})) visit(child, [...path, key]);
  };
  visit(definition.machine, []);
  const fieldLabels: Record<string, LocalizedText> = {};
  for (const form of Object.values(definition.forms)) {
    for (const [field, ui] of Object.entries(form.ui?.fields ?? {})) {
      if (ui.label && !fieldLabels[field]) fieldLabels[field] = ui.label;
    }
  }
  return { stageTitles, fieldLabels };
}
