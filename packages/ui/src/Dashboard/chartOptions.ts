import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import type { EChartsCoreOption } from 'echarts/core';
import type { KpiReport } from '../client/types';
import type { UiT } from '../i18n/useT';
import type { ChartPalette } from './EChart';
import type { dashboardMessages } from './messages';

type T = UiT<typeof dashboardMessages>;

/** Formats a 0..1 fraction as a percentage in the locale: `96.5%`. */
export function percent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    value,
  );
}

function base(p: ChartPalette) {
  return {
    textStyle: { fontFamily: p.font, color: p.text },
    grid: { left: 8, right: 24, top: 36, bottom: 8 },
    tooltip: { trigger: 'axis' },
  };
}

const axisStyle = (p: ChartPalette) => ({
  axisLine: { lineStyle: { color: p.border } },
  axisLabel: { color: p.muted },
  splitLine: { lineStyle: { color: p.border, type: 'dashed' } },
});

/** Overdue cases per area, as horizontal bars, the worst on top. */
export function overdueByAreaOption(report: KpiReport, t: T) {
  const rows = [...report.byArea].sort((a, b) => a.overdue - b.overdue);
  return (p: ChartPalette): EChartsCoreOption => ({
    ...base(p),
    xAxis: { type: 'value', minInterval: 1, ...axisStyle(p) },
    yAxis: {
      type: 'category',
      data: rows.map((r) => localize(r.name, t.locale)),
      ...axisStyle(p),
    },
    series: [
      {
        type: 'bar',
        name: t('dashboard.overdue'),
        data: rows.map((r) => r.overdue),
        itemStyle: { color: p.danger },
        label: { show: true, position: 'right', color: p.text },
      },
    ],
  });
}

/** Cases received and closed per month. */
export function trendOption(report: KpiReport, t: T) {
  return (p: ChartPalette): EChartsCoreOption => ({
    ...base(p),
    legend: { top: 0, textStyle: { color: p.text } },
    xAxis: { type: 'category', data: report.trend.map((r) => r.period), ...axisStyle(p) },
    yAxis: { type: 'value', minInterval: 1, ...axisStyle(p) },
    series: [
      {
        type: 'bar',
        name: t('dashboard.opened'),
        data: report.trend.map((r) => r.opened),
        itemStyle: { color: p.primary },
      },
      {
        type: 'bar',
        name: t('dashboard.closedSeries'),
        data: report.trend.map((r) => r.closed),
        itemStyle: { color: p.success },
      },
    ],
  });
}

/** On-time closure and satisfaction rates per month, as lines on a 0-100% axis. */
export function rateTrendOption(report: KpiReport, t: T) {
  const pct = (v: number) => Math.round(v * 1000) / 10;
  return (p: ChartPalette): EChartsCoreOption => ({
    ...base(p),
    legend: { top: 0, textStyle: { color: p.text } },
    xAxis: { type: 'category', data: report.trend.map((r) => r.period), ...axisStyle(p) },
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      ...axisStyle(p),
      axisLabel: { color: p.muted, formatter: '{value}%' },
    },
    series: [
      {
        type: 'line',
        name: t('dashboard.onTimeRate'),
        data: report.trend.map((r) => pct(r.onTimeRate)),
        itemStyle: { color: p.primary },
      },
      {
        type: 'line',
        name: t('dashboard.satisfactionRate'),
        data: report.trend.map((r) =>
          r.satisfactionRate === undefined ? null : pct(r.satisfactionRate),
        ),
        itemStyle: { color: p.warning },
      },
    ],
  });
}
