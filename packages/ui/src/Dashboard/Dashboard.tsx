import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { useMemo } from 'react';
import type { KpiQuery, KpiReport } from '../client/types';
import { useT } from '../i18n/useT';
import { useGridcase } from '../provider/useGridcase';
import { formatDate } from '../shared/formatDate';
import { GcRoot } from '../shared/GcRoot';
import { StatusView } from '../shared/StatusView';
import { useResource } from '../shared/useResource';
import type { GridcaseTheme } from '../theme/theme';
import { ChartPanel } from './ChartPanel';
import { overdueByAreaOption, percent, rateTrendOption, trendOption } from './chartOptions';
import { dashboardMessages } from './messages';

export interface DashboardProps {
  /** The key figures. Absent: loaded for `query` through the provider's client. */
  report?: KpiReport;
  query?: KpiQuery;
  loading?: boolean;
  error?: Error | string;
  locale?: Locale;
  theme?: GridcaseTheme;
}

/**
 * The county's key figures: cases received and closed, on-time closure, satisfaction,
 * overdue cases by area, and the trend over time (echarts, with data tables for screen readers).
 *
 * @example
 * ```tsx
 * <Dashboard query={{ from: '2026-01-01', to: '2026-12-31' }} />  // GET /kpis via the client
 * <Dashboard report={kpis} />                                       // from plain data
 * ```
 */
export function Dashboard(props: DashboardProps) {
  const ctx = useGridcase();
  const t = useT(dashboardMessages, props.locale);
  const client = props.report ? undefined : ctx.client;
  const remote = useResource(
    client && (() => client.getKpis(props.query)),
    JSON.stringify(props.query ?? {}),
  );
  const report = props.report ?? remote.data;
  const options = useMemo(
    () =>
      report && {
        area: overdueByAreaOption(report, t),
        trend: trendOption(report, t),
        rates: rateTrendOption(report, t),
      },
    [report, t],
  );
  const noSource = !props.report && !client && !props.loading && !props.error;
  const loc = t.locale;
  return (
    <GcRoot as="section" className="gc-dashboard" locale={loc} theme={props.theme}>
      <h2 className="gc-heading">{t('dashboard.title')}</h2>
      <StatusView
        locale={loc}
        loading={props.loading ?? (remote.loading && !report)}
        error={props.error ?? remote.error ?? (noSource ? t('common.noClient') : undefined)}
        onRetry={client ? remote.reload : undefined}
      >
        {report && options && (
          <>
            {report.from && report.to && (
              <p className="gc-muted">
                {t('dashboard.period', {
                  from: formatDate(report.from, loc, false),
                  to: formatDate(report.to, loc, false),
                })}
              </p>
            )}
            <dl className="gc-kpis">
              <Kpi label={t('dashboard.cases')} value={report.totals.cases} />
              <Kpi label={t('dashboard.closed')} value={report.totals.closed} />
              <Kpi
                label={t('dashboard.onTimeRate')}
                value={percent(report.totals.onTimeRate, loc)}
              />
              <Kpi
                label={t('dashboard.satisfactionRate')}
                value={percent(report.totals.satisfactionRate, loc)}
              />
              {report.totals.resolutionRate !== undefined && (
                <Kpi
                  label={t('dashboard.resolutionRate')}
                  value={percent(report.totals.resolutionRate, loc)}
                />
              )}
              <Kpi label={t('dashboard.overdue')} value={report.totals.overdue} alert />
              {report.totals.supervised !== undefined && (
                <Kpi label={t('dashboard.supervised')} value={report.totals.supervised} />
              )}
            </dl>
            <div className="gc-charts">
              <ChartPanel
                title={t('dashboard.overdueByArea')}
                tableCaption={t('dashboard.chartData', { title: t('dashboard.overdueByArea') })}
                empty={report.byArea.length === 0}
                emptyText={t('dashboard.noData')}
                option={options.area}
                columns={[t('dashboard.area'), t('dashboard.overdue'), t('dashboard.cases')]}
                rows={report.byArea.map((a) => [localize(a.name, loc), a.overdue, a.cases])}
              />
              <ChartPanel
                title={t('dashboard.trend')}
                tableCaption={t('dashboard.chartData', { title: t('dashboard.trend') })}
                empty={report.trend.length === 0}
                emptyText={t('dashboard.noData')}
                option={options.trend}
                columns={[t('dashboard.month'), t('dashboard.opened'), t('dashboard.closedSeries')]}
                rows={report.trend.map((r) => [r.period, r.opened, r.closed])}
              />
              <ChartPanel
                title={t('dashboard.rateTrend')}
                tableCaption={t('dashboard.chartData', { title: t('dashboard.rateTrend') })}
                empty={report.trend.length === 0}
                emptyText={t('dashboard.noData')}
                option={options.rates}
                columns={[
                  t('dashboard.month'),
                  t('dashboard.onTimeRate'),
                  t('dashboard.satisfactionRate'),
                ]}
                rows={report.trend.map((r) => [
                  r.period,
                  percent(r.onTimeRate, loc),
                  r.satisfactionRate === undefined ? '—' : percent(r.satisfactionRate, loc),
                ])}
              />
            </div>
          </>
        )}
      </StatusView>
    </GcRoot>
  );
}

function Kpi(props: { label: string; value: string | number; alert?: boolean }) {
  return (
    <div className={props.alert && props.value !== 0 ? 'gc-kpi gc-kpi--alert' : 'gc-kpi'}>
      <dt className="gc-kpi__label">{props.label}</dt>
      <dd className="gc-kpi__value">{props.value}</dd>
    </div>
  );
}
