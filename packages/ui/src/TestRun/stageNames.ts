import type { NotifyTarget, WorkflowDefinition } from '@gridcase/engine';
import { localize } from '@gridcase/forms/i18n';
import type { UiT } from '../i18n/useT';
import { nodeAt } from '../WorkflowDesigner/operations';
import type { testRunCatalog } from './messages';

type T = UiT<typeof testRunCatalog>;

/** A stage's title by state id (`dispute.mediation.sessions` → `调解 · 调解中`). */
export function stageName(definition: WorkflowDefinition, id: string, t: T): string {
  const prefix = `${definition.machine.id}.`;
  const path = id.startsWith(prefix) ? id.slice(prefix.length).split('.') : [id];
  return path
    .map((_, i) => {
      const title = nodeAt(definition, path.slice(0, i + 1))?.meta?.title;
      return title ? localize(title, t.locale) : path[i];
    })
    .join(' · ');
}

/** Several stages' titles, joined the locale's way. */
export function stageNames(definition: WorkflowDefinition, ids: readonly string[], t: T) {
  return ids.map((id) => stageName(definition, id, t)).join(t.locale === 'zh-CN' ? '、' : ', ');
}

/** A role's title in the definition, else its id. */
export function roleName(definition: WorkflowDefinition, role: string | undefined, t: T) {
  const title = role ? definition.roles[role]?.title : undefined;
  return title ? localize(title, t.locale) : (role ?? '');
}

/** Who a notification goes to, in words. */
export function targetName(definition: WorkflowDefinition, to: NotifyTarget | undefined, t: T) {
  if (!to) return t('testRun.to.assignee');
  if ('role' in to) return roleName(definition, to.role, t);
  if ('agency' in to) return t('testRun.to.agency', { agency: to.agency });
  return t('testRun.to.user', { user: to.userId });
}
