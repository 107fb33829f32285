import { defineMessages } from '@gridcase/forms/i18n';

/** Texts shared by several components. */
export const commonMessages = defineMessages({
  'common.loading': { 'zh-CN': '正在加载…', en: 'Loading…' },
  'common.empty': { 'zh-CN': '暂无数据', en: 'Nothing here yet' },
  'common.error': { 'zh-CN': '加载失败：{message}', en: 'Could not load: {message}' },
  'common.retry': { 'zh-CN': '重试', en: 'Retry' },
  'common.cancel': { 'zh-CN': '取消', en: 'Cancel' },
  'common.save': { 'zh-CN': '保存', en: 'Save' },
  'common.submit': { 'zh-CN': '提交', en: 'Submit' },
  'common.close': { 'zh-CN': '关闭', en: 'Close' },
  'common.delete': { 'zh-CN': '删除', en: 'Delete' },
  'common.none': { 'zh-CN': '无', en: 'None' },
  'common.errorCode': { 'zh-CN': '错误代码：{code}', en: 'Error code: {code}' },
  'common.noClient': {
    'zh-CN': '未提供数据：请传入数据属性，或在 GridcaseProvider 中提供 client。',
    en: 'No data: pass the data props, or give GridcaseProvider a client.',
  },
  'due.overdue': { 'zh-CN': '已超期', en: 'Overdue' },
  'due.soon': { 'zh-CN': '即将到期', en: 'Due soon' },
  'due.onTrack': { 'zh-CN': '期限内', en: 'On track' },
  'due.none': { 'zh-CN': '无期限', en: 'No deadline' },
  'due.at': { 'zh-CN': '{date} 到期', en: 'Due {date}' },
});
