import { localize } from '@gridcase/forms/i18n';
import type { GuardRef, WorkflowDefinition } from '../types';
import type { PathT } from './messages';

/** The label a form gives a field (first form that has it), else the field path. */
function fieldLabel(definition: WorkflowDefinition, field: string, t: PathT): string {
  const top = field.split('.')[0] ?? field;
  for (const form of Object.values(definition.forms)) {
    const label = form.ui?.fields?.[top]?.label;
    if (label) return localize(label, t.locale);
  }
  return field;
}

/** The label a form gives a choice of a field, else the value itself. */
function valueLabel(definition: WorkflowDefinition, field: string, value: unknown, t: PathT) {
  if (typeof value === 'boolean') return t(value ? 'value.true' : 'value.false');
  const top = field.split('.')[0] ?? field;
  for (const form of Object.values(definition.forms)) {
    const label = form.ui?.fields?.[top]?.enumLabels?.[String(value)];
    if (label) return localize(label, t.locale);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A role's title in the definition, else its id. */
export function roleTitle(definition: WorkflowDefinition, role: string, t: PathT): string {
  const title = definition.roles[role]?.title;
  return title ? localize(title, t.locale) : role;
}

/**
 * A guard in words, with the forms' field and choice labels and the roles' titles:
 * `纠纷严重程度为“轻微”`, `Visit performed is "yes" and Satisfaction is not "Dissatisfied"`.
 *
 * @example
 * ```ts
 * guardText(definition, { type: 'fieldEquals', params: { field: 'level', value: 'major' } }, pathT('en'));
 * // 'Hazard level is "Major"'
 * ```
 */
export function guardText(definition: WorkflowDefinition, guard: GuardRef, t: PathT): string {
  const text = (g: GuardRef): string => guardText(definition, g, t);
  switch (guard.type) {
    case 'fieldEquals': {
      const { field, value } = guard.params;
      const params = { field: fieldLabel(definition, field, t) };
      return t('guard.equals', { ...params, value: valueLabel(definition, field, value, t) });
    }
    case 'fieldIn': {
      const { field, values } = guard.params;
      const labels = values.map((v) =>
        t('path.quoted', { value: valueLabel(definition, field, v, t) }),
      );
      return t('guard.in', {
        field: fieldLabel(definition, field, t),
        values: labels.join(t('path.list')),
      });
    }
    case 'not': {
      const inner = guard.params.guard;
      if (inner.type === 'fieldEquals') {
        const { field, value } = inner.params;
        return t('guard.notEquals', {
          field: fieldLabel(definition, field, t),
          value: valueLabel(definition, field, value, t),
        });
      }
      return t('guard.not', { inner: text(inner) });
    }
    case 'and':
      return guard.params.guards.map(text).join(t('guard.and'));
    case 'or':
      return guard.params.guards.map(text).join(t('guard.orJoin'));
    case 'dataMatches':
      return t('guard.dataMatches');
    case 'actorHasRole':
      return t('guard.actorHasRole', { role: roleTitle(definition, guard.params.role, t) });
    case 'reopenCountBelow':
      return t('guard.reopenCountBelow', { max: guard.params.max });
    case 'hasCoHandlers':
      return t('guard.hasCoHandlers');
  }
}
