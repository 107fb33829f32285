import type { StateNodeConfig, WorkflowDefinition } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';

/**
 * The titles of a definition's states by state id (`dispute-mediation.mediation.sessions`),
 * leaves named with their parents: `调解 / 调解中`.
 */
export function stageTitles(
  definition: WorkflowDefinition | undefined,
): Map<string, LocalizedText> {
  const out = new Map<string, LocalizedText>();
  if (!definition) return out;
  const visit = (node: StateNodeConfig, path: string[], trail: LocalizedText[]) => {
    for (const [key, child] of Object.entries(node.states ?? {})) {
      const at = [...path, key];
      const title = child.meta?.title ?? { 'zh-CN': key, en: key };
      const names = [...trail, title];
      out.set(child.id ?? [definition.machine.id, ...at].join('.'), {
        'zh-CN': names.map((n) => n['zh-CN'] ?? n.en).join(' / '),
        en: names.map((n) => n.en ?? n['zh-CN']).join(' / '),
      });
      visit(child, at, names);
    }
  };
  visit(definition.machine, [], []);
  return out;
}
