import type { Locale } from '@gridcase/forms';
import { createTranslator, defineMessages } from '@gridcase/forms/i18n';

/** What a path says in words (zh-CN first): the readable list a county admin checks. */
export const pathMessages = defineMessages({
  'path.arrow': { 'zh-CN': ' → ', en: ' → ' },
  'path.or': { 'zh-CN': '或', en: ' or ' },
  'path.list': { 'zh-CN': '、', en: ', ' },
  'path.quoted': { 'zh-CN': '“{value}”', en: '"{value}"' },
  'path.nested': { 'zh-CN': '{stage}（{inner}）', en: '{stage} ({inner})' },
  'path.opened': { 'zh-CN': '开立案件，进入：{stages}', en: 'The case opens in: {stages}' },
  'path.step': {
    'zh-CN': '{n}. {who}：{action}{when} → {stages}{deadlines}',
    en: '{n}. {who}: {action}{when} → {stages}{deadlines}',
  },
  'path.deadlines': { 'zh-CN': '（{list}）', en: ' ({list})' },
  'path.deadlineOf': { 'zh-CN': '{stage}：{deadline}', en: '{stage}: {deadline}' },
  'path.semicolon': { 'zh-CN': '；', en: '; ' },
  'path.closes': { 'zh-CN': '办结，办理结果：{outcome}', en: 'The case closes as: {outcome}' },
  'path.system': { 'zh-CN': '系统（时限到期）', en: 'The system (deadline passed)' },
  'path.nobody': { 'zh-CN': '系统', en: 'The system' },
  'path.reopen': { 'zh-CN': '{action}（重办）', en: '{action} (reopen)' },
  'path.when': { 'zh-CN': '（条件：{condition}）', en: ' (when {condition})' },
  'path.otherwise': { 'zh-CN': '（其他情况）', en: ' (otherwise)' },
  'deadline.within': {
    'zh-CN': '{within} 个工作日内办理',
    en: 'within {within} working days',
  },
  'deadline.warn': {
    'zh-CN': '，提前 {warnBefore} 个工作日预警',
    en: ', warned {warnBefore} working day(s) ahead',
  },
  'deadline.breach': { 'zh-CN': '；超期：{rules}', en: '; when overdue: {rules}' },
  'deadline.repeat': {
    'zh-CN': '，此后每 {repeatEvery} 个工作日重复',
    en: ', repeated every {repeatEvery} working days',
  },
  'breach.remind': { 'zh-CN': '催办', en: 'remind' },
  'breach.remindTo': { 'zh-CN': '提醒{role}', en: 'remind the {role}' },
  'breach.escalate': { 'zh-CN': '升级至{role}督办', en: 'escalate to the {role}' },
  'breach.event': { 'zh-CN': '自动执行“{event}”', en: 'send "{event}"' },
  'guard.equals': { 'zh-CN': '{field}为“{value}”', en: '{field} is "{value}"' },
  'guard.notEquals': { 'zh-CN': '{field}不为“{value}”', en: '{field} is not "{value}"' },
  'guard.in': { 'zh-CN': '{field}为{values}之一', en: '{field} is one of {values}' },
  'guard.not': { 'zh-CN': '并非（{inner}）', en: 'not ({inner})' },
  'guard.and': { 'zh-CN': '且', en: ' and ' },
  'guard.orJoin': { 'zh-CN': '或', en: ' or ' },
  'guard.dataMatches': {
    'zh-CN': '案件数据符合设定的条件',
    en: 'the data matches the set condition',
  },
  'guard.actorHasRole': { 'zh-CN': '操作人为{role}', en: 'the actor is a {role}' },
  'guard.reopenCountBelow': {
    'zh-CN': '重办少于 {max} 次',
    en: 'reopened fewer than {max} times',
  },
  'guard.hasCoHandlers': { 'zh-CN': '已有协同办理单位', en: 'co-handling agencies take part' },
  'value.true': { 'zh-CN': '是', en: 'yes' },
  'value.false': { 'zh-CN': '否', en: 'no' },
});

const translators = {
  'zh-CN': createTranslator('zh-CN', pathMessages),
  en: createTranslator('en', pathMessages),
};

/** The path translator for a locale. */
export const pathT = (locale: Locale) => translators[locale];
export type PathT = ReturnType<typeof pathT>;
