import { defineMessages } from '@gridcase/forms/i18n';

export const citizenReportMessages = defineMessages({
  'citizen.heading': { 'zh-CN': '{county} · 群众反映', en: '{county} · Report a matter' },
  'citizen.lead': {
    'zh-CN': '无需登录。提交后您会得到查询码和密码，凭它们查看办理进度。',
    en: 'No sign-in needed. You get a tracking code and a secret to follow your report.',
  },
  'citizen.chooseType': { 'zh-CN': '您要反映什么事？', en: 'What would you like to report?' },
  'citizen.none': {
    'zh-CN': '本县（区）暂未开通网上反映。请拨打当地服务热线，或联系网格员、社区民警。',
    en: 'This county takes no online reports yet. Call the local hotline, or contact your grid member or community police officer.',
  },
  'citizen.area': { 'zh-CN': '事情发生在哪里', en: 'Where it happened' },
  'citizen.areaHelp': {
    'zh-CN': '请选到村（社区）；知道网格的请选到网格，便于就近处理。',
    en: 'Choose the village or community, and the grid if you know it, so the nearest staff take it up.',
  },
  'citizen.photos': { 'zh-CN': '现场照片（可不传）', en: 'Photos (optional)' },
  'citizen.photosHelp': {
    'zh-CN': '可拍照或从相册选择，最多 {max} 张，每张不超过 {limitMb} MB。',
    en: 'Take or choose up to {max} photos, at most {limitMb} MB each.',
  },
  'citizen.honeypot': {
    'zh-CN': '网址（请勿填写此项）',
    en: 'Website (leave this empty)',
  },
  'citizen.submit': { 'zh-CN': '提交反映', en: 'Send report' },
  'citizen.draftNote': {
    'zh-CN': '填写内容只暂存在本机，提交后即清除。',
    en: 'What you type is kept on this phone only until you send it.',
  },
  'citizen.received': { 'zh-CN': '已收到您的反映', en: 'Your report has been received' },
  'citizen.keep': {
    'zh-CN': '请截图或记下查询码和密码，凭它们查看办理进度。密码只显示这一次。',
    en: 'Take a screenshot or write down the code and the secret: you need both to follow your report. The secret is shown only this once.',
  },
  'citizen.code': { 'zh-CN': '查询码', en: 'Tracking code' },
  'citizen.secret': { 'zh-CN': '查询密码', en: 'Secret' },
  'citizen.submittedAt': { 'zh-CN': '提交时间', en: 'Sent at' },
  'citizen.track': { 'zh-CN': '查看办理进度', en: 'Follow my report' },
  'citizen.another': { 'zh-CN': '再反映一件事', en: 'Report something else' },
});
