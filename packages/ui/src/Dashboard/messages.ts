import { defineMessages } from '@gridcase/forms/i18n';

export const dashboardMessages = defineMessages({
  'dashboard.title': { 'zh-CN': '工作态势', en: 'Dashboard' },
  'dashboard.period': { 'zh-CN': '统计区间：{from} 至 {to}', en: 'Period: {from} to {to}' },
  'dashboard.cases': { 'zh-CN': '受理案件', en: 'Cases received' },
  'dashboard.closed': { 'zh-CN': '已办结', en: 'Closed' },
  'dashboard.onTimeRate': { 'zh-CN': '按期办结率', en: 'Closed on time' },
  'dashboard.satisfactionRate': { 'zh-CN': '群众满意率', en: 'Satisfaction' },
  'dashboard.resolutionRate': { 'zh-CN': '化解率', en: 'Resolved' },
  'dashboard.overdue': { 'zh-CN': '超期案件', en: 'Overdue' },
  'dashboard.supervised': { 'zh-CN': '督办案件', en: 'Supervised' },
  'dashboard.overdueByArea': { 'zh-CN': '各区域超期案件', en: 'Overdue cases by area' },
  'dashboard.trend': { 'zh-CN': '受理与办结趋势', en: 'Cases received and closed' },
  'dashboard.rateTrend': {
    'zh-CN': '按期办结率与满意率趋势',
    en: 'On-time closure and satisfaction over time',
  },
  'dashboard.area': { 'zh-CN': '区域', en: 'Area' },
  'dashboard.month': { 'zh-CN': '月份', en: 'Month' },
  'dashboard.opened': { 'zh-CN': '受理', en: 'Received' },
  'dashboard.closedSeries': { 'zh-CN': '办结', en: 'Closed' },
  'dashboard.noData': { 'zh-CN': '本期暂无数据', en: 'No data for this period' },
  'dashboard.chartData': { 'zh-CN': '{title}（数据表）', en: '{title} (data table)' },
});
