import type { CaseMigration } from '@gridcase/engine';
import { isPastDue } from '@gridcase/engine';
import type { UiT } from '../i18n/useT';
import { formatDate } from '../shared/formatDate';
import type { migrationMessages } from './messages';

type T = UiT<typeof migrationMessages>;

function deadlineText(item: CaseMigration & { ok: true }, at: string, t: T): string {
  const due = item.deadlines
    .filter((d) => d.kind === 'breach')
    .map((d) => d.dueAt)
    .sort()[0];
  const overdue = item.breaches.length > 0 || isPastDue(due, at);
  const kept = Object.values(item.clocks).some((c) => c.kept)
    ? `（${t('migration.clockKept')}）`
    : '';
  if (!due) return overdue ? t('due.overdue') : t('due.none');
  const date = t('due.at', { date: formatDate(due, t.locale) });
  return `${date}${overdue ? ` · ${t('due.overdue')}` : ''}${kept}`;
}

/** One page of the dry run, case by case: where each case lands, its deadline, or why not. */
export function MigrationCases(props: {
  cases: CaseMigration[];
  offset: number;
  total: number;
  at: string;
  stageName: { from: (id: string) => string; to: (id: string) => string };
  t: T;
}) {
  const { cases, t, stageName } = props;
  if (cases.length === 0) return null;
  const names = (ids: string[], side: 'from' | 'to') => ids.map(stageName[side]).join('、');
  const range = { first: props.offset + 1, last: props.offset + cases.length, total: props.total };
  return (
    <details className="gc-panel">
      <summary className="gc-subheading">{t('migration.details', range)}</summary>
      <div className="gc-table-wrap">
        <table className="gc-table gc-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('migration.case')}</th>
              <th scope="col">{t('migration.from')}</th>
              <th scope="col">{t('migration.to')}</th>
              <th scope="col">{t('migration.deadline')}</th>
              <th scope="col">{t('migration.fields')}</th>
              <th scope="col">{t('migration.result')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((item) => (
              <tr key={item.caseId}>
                <td>{item.caseId}</td>
                <td>{names(item.from.stages, 'from')}</td>
                <td>{item.ok ? names(item.to.stages, 'to') : '—'}</td>
                <td>{item.ok ? deadlineText(item, props.at, t) : '—'}</td>
                <td>
                  {item.ok
                    ? item.fields.map((f) => `${f.from} → ${f.to}`).join('，') || t('common.none')
                    : '—'}
                </td>
                <td>
                  {item.ok ? (
                    t('migration.moved')
                  ) : (
                    <span className="gc-error-text">{item.error.message}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
