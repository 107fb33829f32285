import { defineMessages } from '@gridcase/forms/i18n';

/** Titles of the history entries the engine writes itself. */
export const stepTitles = defineMessages({
  create: { 'zh-CN': '登记', en: 'Registered' },
  'deadline.warn': { 'zh-CN': '期限预警', en: 'Deadline warning' },
  'deadline.breach': { 'zh-CN': '超期', en: 'Deadline passed' },
  reopen: { 'zh-CN': '重办', en: 'Reopened' },
});
