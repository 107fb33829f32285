import type { Locale } from '@gridcase/forms';
import { createTranslator, localize } from '@gridcase/forms/i18n';
import { type GridcaseError, gridcaseError } from '../errors';
import { findUnreachable } from './reachable';

const catalog = {
  stage: { 'zh-CN': '环节“{title}”（{id}）', en: 'stage "{title}" ({id})' },
  outcome: { 'zh-CN': '办理结果“{title}”（{id}）', en: 'outcome "{title}" ({id})' },
};
const translators = {
  'zh-CN': createTranslator('zh-CN', catalog),
  en: createTranslator('en', catalog),
};

/**
 * The publish refusal for a definition with stages or declared outcomes no case can reach:
 * `definition.unreachable`, whose message names each of them by title and id and whose details
 * list them (`states`: paths like `mediation.joint`, `outcomes`: ids) next to any other
 * `findings` given. `undefined` when everything is reachable.
 *
 * @example
 * ```ts
 * const refusal = unreachableError(draft, 'zh-CN', lintDefinition(draft));
 * if (refusal) throw refusal; // 422, "流程中有永远无法到达的环节或办理结果：环节“司法确认”（judicialConfirmation）"
 * ```
 */
export function unreachableError(
  definition: unknown,
  locale: Locale,
  findings: readonly unknown[] = [],
): GridcaseError | undefined {
  const { states, outcomes } = findUnreachable(definition);
  if (states.length === 0 && outcomes.length === 0) return undefined;
  const t = translators[locale];
  const names = [
    ...states.map((s) => {
      const id = s.path.join('.');
      return t('stage', { title: s.title ? localize(s.title, locale) : id, id });
    }),
    ...outcomes.map((o) =>
      t('outcome', { title: o.title ? localize(o.title, locale) : o.id, id: o.id }),
    ),
  ];
  return gridcaseError(
    'definition.unreachable',
    {
      names,
      states: states.map((s) => s.path.join('.')),
      outcomes: outcomes.map((o) => o.id),
      count: findings.length,
      findings,
    },
    locale,
  );
}
