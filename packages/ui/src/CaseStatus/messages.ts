import { defineMessages } from '@gridcase/forms/i18n';

export const caseStatusMessages = defineMessages({
  'status.heading': { 'zh-CN': '查询办理进度', en: 'Follow your report' },
  'status.lead': {
    'zh-CN': '请输入提交反映后得到的查询码和密码。',
    en: 'Enter the tracking code and secret you got when you sent your report.',
  },
  'status.code': { 'zh-CN': '查询码', en: 'Tracking code' },
  'status.secret': { 'zh-CN': '查询密码', en: 'Secret' },
  'status.lookUp': { 'zh-CN': '查询', en: 'Look up' },
  'status.lookingUp': { 'zh-CN': '正在查询…', en: 'Looking up…' },
  'status.required': { 'zh-CN': '请填写查询码和密码', en: 'Enter the code and the secret' },
  'status.other': { 'zh-CN': '查询另一件', en: 'Look up another' },
  'status.refresh': { 'zh-CN': '刷新进度', en: 'Refresh' },
  'status.open': { 'zh-CN': '办理中', en: 'In progress' },
  'status.closed': { 'zh-CN': '已办结', en: 'Closed' },
  'status.stage': { 'zh-CN': '当前环节', en: 'Stage' },
  'status.outcome': { 'zh-CN': '办理结果', en: 'Outcome' },
  'status.submittedAt': { 'zh-CN': '提交时间', en: 'Sent' },
  'status.updatedAt': { 'zh-CN': '最近更新', en: 'Last update' },
  'status.steps': { 'zh-CN': '办理经过', en: 'What has been done' },
  'status.rate': { 'zh-CN': '您对办理结果满意吗？', en: 'Are you satisfied with the outcome?' },
  'status.score.1': { 'zh-CN': '1 分 · 很不满意', en: '1 · Very dissatisfied' },
  'status.score.2': { 'zh-CN': '2 分 · 不满意', en: '2 · Dissatisfied' },
  'status.score.3': { 'zh-CN': '3 分 · 一般', en: '3 · Neutral' },
  'status.score.4': { 'zh-CN': '4 分 · 满意', en: '4 · Satisfied' },
  'status.score.5': { 'zh-CN': '5 分 · 很满意', en: '5 · Very satisfied' },
  'status.comment': { 'zh-CN': '意见建议（可不填）', en: 'Comments (optional)' },
  'status.sendRating': { 'zh-CN': '提交评价', en: 'Send rating' },
  'status.chooseScore': { 'zh-CN': '请选择一个评分', en: 'Choose a score' },
  'status.rated': { 'zh-CN': '您的评价：{score}', en: 'Your rating: {score}' },
  'status.thanks': { 'zh-CN': '感谢您的评价。', en: 'Thank you for your rating.' },
  'status.reopened': {
    'zh-CN': '您对办理结果不满意，已按规定重新办理，请留意办理进度。',
    en: 'You were not satisfied, so the matter is being taken up again; watch its progress here.',
  },
});

const SCORE_KEYS = {
  1: 'status.score.1',
  2: 'status.score.2',
  3: 'status.score.3',
  4: 'status.score.4',
  5: 'status.score.5',
} as const;

/** The message key naming a score from 1 to 5 (`1 分 · 很不满意`). */
export function scoreKey(score: number): (typeof SCORE_KEYS)[keyof typeof SCORE_KEYS] {
  return SCORE_KEYS[Math.min(5, Math.max(1, Math.round(score))) as 1];
}
