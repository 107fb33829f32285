import { localize } from '@gridcase/forms/i18n';
import type { CaseSummary } from '../client/types';
import type { UiT } from '../i18n/useT';
import { DueBadge } from '../shared/DueBadge';
import { formatDate } from '../shared/formatDate';
import type { worklistMessages } from './messages';

type T = UiT<typeof worklistMessages>;

/**
 * The case rows. Each case id is a button that opens the case. On a phone each row is a card,
 * every cell under its column's name (`data-label`).
 */
export function WorklistTable(props: {
  t: T;
  cases: CaseSummary[];
  now: Date;
  onOpenCase?: ((caseId: string) => void) | undefined;
}) {
  const { t, cases, now } = props;
  const loc = t.locale;
  return (
    <div className="gc-table-wrap">
      <table className="gc-table gc-table--cards">
        <thead>
          <tr>
            <th scope="col">{t('worklist.col.id')}</th>
            <th scope="col">{t('worklist.col.subject')}</th>
            <th scope="col">{t('worklist.col.stage')}</th>
            <th scope="col">{t('worklist.col.area')}</th>
            <th scope="col">{t('worklist.col.assignee')}</th>
            <th scope="col">{t('worklist.col.due')}</th>
            <th scope="col">{t('worklist.col.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-case-id={c.id}>
              <th scope="row">
                {props.onOpenCase ? (
                  <button
                    type="button"
                    className="gc-link"
                    aria-label={t('worklist.open', { id: c.id })}
                    onClick={() => props.onOpenCase?.(c.id)}
                  >
                    {c.id}
                  </button>
                ) : (
                  c.id
                )}
              </th>
              <td data-label={t('worklist.col.subject')}>
                <div className="gc-cell-title">{c.title ?? ''}</div>
                {c.definition.title && (
                  <div className="gc-muted">{localize(c.definition.title, loc)}</div>
                )}
              </td>
              <td data-label={t('worklist.col.stage')}>
                {c.stages.map((s) => localize(s.title, loc)).join('、')}
              </td>
              <td data-label={t('worklist.col.area')}>
                {c.areaName ? localize(c.areaName, loc) : (c.areaPath.at(-1) ?? '')}
              </td>
              <td data-label={t('worklist.col.assignee')}>
                {c.assignee?.name ?? c.assignee?.userId ?? t('worklist.unassigned')}
              </td>
              <td data-label={t('worklist.col.due')}>
                <DueBadge
                  now={now}
                  locale={loc}
                  {...(c.dueAt ? { dueAt: c.dueAt } : {})}
                  {...(c.warnAt ? { warnAt: c.warnAt } : {})}
                />
              </td>
              <td data-label={t('worklist.col.updated')}>{formatDate(c.updatedAt, loc)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
