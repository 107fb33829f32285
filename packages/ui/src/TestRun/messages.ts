import { defineMessages } from '@gridcase/forms/i18n';
import { caseViewMessages } from '../CaseView/messages';

/** What the test run (试运行) says. */
export const testRunMessages = defineMessages({
  'testRun.title': { 'zh-CN': '试运行', en: 'Test run' },
  'testRun.intro': {
    'zh-CN':
      '用一个模拟案件按草稿走一遍：可以任选角色办理、填写真实表单、拨快时钟查看预警、超期和升级督办。试运行不会创建或改动任何真实案件。',
    en: 'Walk a pretend case through the draft: act as any role with the real forms, and move the clock on to see warnings, breaches and escalations. Nothing here creates or changes a real case.',
  },
  'testRun.cannotRun': {
    'zh-CN': '流程暂时无法试运行：{message}。请先处理检查结果中的问题。',
    en: 'The draft cannot run yet: {message}. Fix the problems under Checks first.',
  },
  'testRun.restarted': {
    'zh-CN': '流程已修改，试运行已重新开始。',
    en: 'The draft changed: the test run started again.',
  },
  'testRun.clock': { 'zh-CN': '模拟时钟', en: 'Pretend clock' },
  'testRun.now': { 'zh-CN': '模拟时间：{time}', en: 'Pretend time: {time}' },
  'testRun.plusWorkingDay': { 'zh-CN': '+1 个工作日', en: '+1 working day' },
  'testRun.days': { 'zh-CN': '天数', en: 'Days' },
  'testRun.plusDays': { 'zh-CN': '+{n} 天', en: '+{n} days' },
  'testRun.restart': { 'zh-CN': '重新开始', en: 'Start again' },
  'testRun.actor': { 'zh-CN': '以谁的身份办理', en: 'Acting as' },
  'testRun.role': { 'zh-CN': '角色', en: 'Role' },
  'testRun.level': { 'zh-CN': '所在辖区层级', en: 'Area level' },
  'testRun.level.grid': { 'zh-CN': '本网格', en: 'The grid' },
  'testRun.level.community': { 'zh-CN': '本社区（村）', en: 'The community' },
  'testRun.level.township': { 'zh-CN': '本乡镇（街道）', en: 'The township' },
  'testRun.level.county': { 'zh-CN': '本县', en: 'The county' },
  'testRun.whoNow': { 'zh-CN': '现在可以办理的角色：', en: 'Who can act now:' },
  'testRun.nobodyNow': { 'zh-CN': '现在没有人可以办理', en: 'Nobody can act now' },
  'testRun.actAs': { 'zh-CN': '{role} · {level}', en: '{role} · {level}' },
  'testRun.open': { 'zh-CN': '开立模拟案件', en: 'Open a pretend case' },
  'testRun.case': { 'zh-CN': '模拟案件', en: 'Pretend case' },
  'testRun.stages': { 'zh-CN': '当前环节', en: 'Stage' },
  'testRun.closedAs': { 'zh-CN': '已办结：{outcome}', en: 'Closed: {outcome}' },
  'testRun.deadlines': { 'zh-CN': '待触发的期限', en: 'Deadlines to come' },
  'testRun.noDeadlines': { 'zh-CN': '没有待触发的期限', en: 'No deadline pending' },
  'testRun.deadline.warn': { 'zh-CN': '{stage}：{time} 预警', en: '{stage}: warning at {time}' },
  'testRun.deadline.breach': {
    'zh-CN': '{stage}：{time} 到期',
    en: '{stage}: due at {time}',
  },
  'testRun.refused': { 'zh-CN': '未能办理：{message}', en: 'Not done: {message}' },
  'testRun.log': { 'zh-CN': '发生了什么', en: 'What happened' },
  'testRun.logEmpty': { 'zh-CN': '还没有任何记录', en: 'Nothing yet' },
  'testRun.log.opened': {
    'zh-CN': '{role}开立案件，进入：{stages}',
    en: '{role} opened the case in: {stages}',
  },
  'testRun.log.action': {
    'zh-CN': '{role}：{action} → {stages}',
    en: '{role}: {action} → {stages}',
  },
  'testRun.log.clock': { 'zh-CN': '时钟拨到 {time}', en: 'Clock moved to {time}' },
  'testRun.log.warning': {
    'zh-CN': '预警：{stage}即将到期',
    en: 'Warning: {stage} falls due soon',
  },
  'testRun.log.breach': {
    'zh-CN': '超期：{stage}（第 {n} 次）',
    en: 'Breach: {stage} is overdue (time {n})',
  },
  'testRun.log.reminder': { 'zh-CN': '催办：提醒{to}', en: 'Reminder to {to}' },
  'testRun.log.escalation': { 'zh-CN': '升级督办：上报{to}', en: 'Escalated to {to}' },
  'testRun.log.notification': {
    'zh-CN': '通知{to}（{template}）',
    en: 'Notice to {to} ({template})',
  },
  'testRun.to.assignee': { 'zh-CN': '承办人', en: 'the handler' },
  'testRun.to.agency': { 'zh-CN': '单位 {agency}', en: 'agency {agency}' },
  'testRun.to.user': { 'zh-CN': '用户 {user}', en: 'user {user}' },
});

/** The test run's texts plus the case view's (its action forms are the case view's). */
export const testRunCatalog = { ...caseViewMessages, ...testRunMessages };
