import type { MigrationSummary } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { UiT } from '../i18n/useT';
import type { migrationMessages } from './messages';

type T = UiT<typeof migrationMessages>;

/** The dry run summed up: figures, the unmapped stages, how cases move, why some cannot. */
export function MigrationGroups(props: {
  summary: MigrationSummary;
  stageName: { from: (id: string) => string; to: (id: string) => string };
  t: T;
}) {
  const { summary, stageName, t } = props;
  const loc = t.locale;
  const names = (ids: string[], side: 'from' | 'to') => ids.map(stageName[side]).join('、');
  const title = (text: LocalizedText | undefined, state: string) =>
    text ? localize(text, loc) : state;
  return (
    <>
      <dl className="gc-kpis">
        <div className="gc-kpi">
          <dt>{t('migration.total')}</dt>
          <dd>{summary.total}</dd>
        </div>
        <div className="gc-kpi">
          <dt>{t('migration.migratable')}</dt>
          <dd>{summary.migratable}</dd>
        </div>
        <div className={summary.failing ? 'gc-kpi gc-kpi--alert' : 'gc-kpi'}>
          <dt>{t('migration.failing')}</dt>
          <dd>{summary.failing}</dd>
        </div>
      </dl>
      {!summary.complete && (
        <div className="gc-alert gc-alert--warning" role="alert">
          <div>
            <p>
              {t('migration.incomplete', {
                count: summary.unmapped.length,
                cases: summary.unmapped.reduce((n, u) => n + u.cases, 0),
              })}
            </p>
            <ul>
              {summary.unmapped.map((u) => (
                <li key={u.state}>
                  {t('migration.unmappedRow', {
                    title: title(u.title, u.state),
                    state: u.state,
                    cases: u.cases,
                  })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {summary.groups.length > 0 && (
        <div className="gc-table-wrap">
          <table className="gc-table">
            <caption className="gc-subheading">{t('migration.moves')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('migration.from')}</th>
                <th scope="col">{t('migration.to')}</th>
                <th scope="col">{t('migration.cases')}</th>
                <th scope="col">{t('migration.clock')}</th>
                <th scope="col">{t('migration.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.groups.map((g) => (
                <tr key={`${g.from.join()}>${g.to.join()}`}>
                  <td>{names(g.from, 'from')}</td>
                  <td>{names(g.to, 'to')}</td>
                  <td>{g.cases}</td>
                  <td>
                    {g.clocksKept + g.clocksRestarted === 0
                      ? t('due.none')
                      : t('migration.clockValue', {
                          kept: g.clocksKept,
                          restarted: g.clocksRestarted,
                        })}
                  </td>
                  <td>
                    {g.fields.map((f) => `${f.from} → ${f.to}`).join('，') || t('common.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {summary.failures.length > 0 && (
        <div className="gc-table-wrap">
          <table className="gc-table">
            <caption className="gc-subheading">{t('migration.failures')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('migration.reason')}</th>
                <th scope="col">{t('migration.cases')}</th>
                <th scope="col">{t('migration.caseIds')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.failures.map((f) => (
                <tr key={`${f.code}:${f.message}`}>
                  <td>{f.message}</td>
                  <td>{f.cases}</td>
                  <td>{f.caseIds.join('、')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
