import type { StateNodeConfig, WorkflowDefinition } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { StageOption } from './designerTypes';

/** Every stage of a definition in document order, parents before children, with its title. */
export function stageOptions(def: WorkflowDefinition, locale: Locale): StageOption[] {
  const out: StageOption[] = [];
  const visit = (node: StateNodeConfig, path: string[]) => {
    for (const [key, child] of Object.entries(node.states ?? {})) {
      const at = [...path, key];
      const title = child.meta?.title ? localize(child.meta.title, locale) : '';
      out.push({ path: at, title: title || at.join('.') });
      visit(child, at);
    }
  };
  visit(def.machine, []);
  return out;
}
