import { defineMessages } from '@gridcase/forms/i18n';

/** What the paths panel says (the paths themselves come worded from the engine). */
export const pathsMessages = defineMessages({
  'paths.title': { 'zh-CN': '流程路径', en: 'Paths' },
  'paths.intro': {
    'zh-CN':
      '系统按草稿自动列出案件可能走的路径：到达每个办理结果、每个环节的最短路径，以及让每个操作至少走一次的路径。每一步写明谁办理、在什么条件下、进入哪个环节以及该环节的时限。',
    en: 'Generated from the draft: the shortest path to every outcome and every stage, and paths that take every action at least once. Each step says who acts, under which condition, which stage the case enters and that stage’s deadline.',
  },
  'paths.cannotRun': {
    'zh-CN': '流程暂时无法生成路径：{message}。请先处理检查结果中的问题。',
    en: 'No paths yet: {message}. Fix the problems under Checks first.',
  },
  'paths.missing': {
    'zh-CN': '没有任何路径能到达以下内容：请检查通向它们的操作和条件。',
    en: 'No path reaches these: check the actions and conditions that lead to them.',
  },
  'paths.missingStage': { 'zh-CN': '环节：{name}', en: 'Stage: {name}' },
  'paths.missingOutcome': { 'zh-CN': '办理结果：{name}', en: 'Outcome: {name}' },
  'paths.missingAction': { 'zh-CN': '操作：{name}', en: 'Action: {name}' },
  'paths.complete': {
    'zh-CN': '每个环节、每个办理结果、每个操作都有路径可以到达。',
    en: 'Every stage, outcome and action can be reached.',
  },
  'paths.toOutcomes': {
    'zh-CN': '到达每个办理结果（{count} 条）',
    en: 'To each outcome ({count})',
  },
  'paths.everyAction': {
    'zh-CN': '每个操作至少走一次（{count} 条）',
    en: 'Every action at least once ({count})',
  },
  'paths.toStages': { 'zh-CN': '到达每个环节（{count} 条）', en: 'To each stage ({count})' },
  'paths.steps': { 'zh-CN': '逐步说明（{count} 步）', en: 'Step by step ({count} steps)' },
  'paths.show': { 'zh-CN': '定位', en: 'Show' },
  'paths.reopen': { 'zh-CN': '{stage} · 重办', en: '{stage} · reopen' },
  'paths.goalOutcome': { 'zh-CN': '办理结果：{name}', en: 'Outcome: {name}' },
  'paths.goalStage': { 'zh-CN': '环节：{name}', en: 'Stage: {name}' },
  'paths.goalAction': { 'zh-CN': '操作：{name}', en: 'Action: {name}' },
});
