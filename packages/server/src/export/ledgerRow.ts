import type { CaseRecord } from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { Services } from '../app/services';
import { toSummary } from '../cases/caseView';
import { translatorFor } from '../i18n/translate';
import { maskCaseData } from '../pii/maskCaseData';
import type { Session } from '../types';

const named = (text: { 'zh-CN': string; en: string } | undefined, id: string, locale: Locale) =>
  localize(text ?? { 'zh-CN': id, en: id }, locale);

/**
 * Makes the function that turns one case into its ledger row (the CSV columns, in order):
 * titles in the caller's language, the engine's due time and overdue rule, data masked.
 *
 * @example
 * ```ts
 * const row = ledgerRow(services, session, 'zh-CN', clock.now());
 * csvLine(await row(record));
 * ```
 */
export function ledgerRow(services: Services, session: Session, locale: Locale, now: Date) {
  const t = translatorFor(locale);
  const names = new Map(session.county.areas.map((a) => [a.id, localize(a.name, locale)]));
  return async (record: CaseRecord): Promise<unknown[]> => {
    const pinned = await services.definitions.get(
      record.countyId,
      record.definition.id,
      record.definition.version,
    );
    const s = toSummary(record, pinned, session.county, now);
    const outcome = s.outcome;
    const role = s.assignee?.role;
    return [
      s.id,
      s.caseType,
      `${localize(s.definition.title, locale)} v${s.definition.version}`,
      s.title,
      record.areaPath.map((id) => names.get(id) ?? id).join(' / '),
      s.stages.map((stage) => localize(stage.title, locale)).join('; '),
      t(s.status === 'active' ? 'csv.active' : 'csv.done'),
      outcome ? named(pinned.definition.outcomes?.[outcome]?.title, outcome, locale) : '',
      role ? named(session.county.roles[role]?.title, role, locale) : '',
      s.dueAt,
      t(s.overdue ? 'csv.yes' : 'csv.no'),
      s.supervision,
      s.createdAt,
      s.updatedAt,
      s.closedAt,
      maskCaseData(pinned.definition, record.context.data),
    ];
  };
}
