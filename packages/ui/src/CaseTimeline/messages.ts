import { defineMessages } from '@gridcase/forms/i18n';

export const timelineMessages = defineMessages({
  'timeline.title': { 'zh-CN': '办理记录', en: 'History' },
  'timeline.system': { 'zh-CN': '系统', en: 'System' },
  'timeline.moved': { 'zh-CN': '{from} → {to}', en: '{from} → {to}' },
  'timeline.reason': { 'zh-CN': '理由：{reason}', en: 'Reason: {reason}' },
  'timeline.changes': { 'zh-CN': '变更内容', en: 'What changed' },
  'timeline.field': { 'zh-CN': '字段', en: 'Field' },
  'timeline.before': { 'zh-CN': '原值', en: 'Before' },
  'timeline.after': { 'zh-CN': '新值', en: 'After' },
  'timeline.emptyValue': { 'zh-CN': '（空）', en: '(empty)' },
  'timeline.empty': { 'zh-CN': '暂无办理记录', en: 'No history yet' },
  'timeline.entry': { 'zh-CN': '第 {seq} 步', en: 'Step {seq}' },
  'timeline.yes': { 'zh-CN': '是', en: 'Yes' },
  'timeline.no': { 'zh-CN': '否', en: 'No' },
});
