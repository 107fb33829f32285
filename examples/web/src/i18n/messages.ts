import { defineMessages } from '@gridcase/forms/i18n';

/** Every text of the example app, zh-CN first. Components' own texts come with @gridcase/ui. */
export const appMessages = defineMessages({
  'app.product': { 'zh-CN': '基层治理案件协同平台', en: 'Grassroots Case Handling' },
  'app.loading': { 'zh-CN': '正在加载…', en: 'Loading…' },
  'app.error': { 'zh-CN': '出错了：{message}', en: 'Something went wrong: {message}' },
  'app.retry': { 'zh-CN': '重试', en: 'Try again' },
  'app.notFound': { 'zh-CN': '页面不存在', en: 'Page not found' },
  'app.backHome': { 'zh-CN': '返回工作台', en: 'Back to the worklist' },
  'app.forbidden': {
    'zh-CN': '只有县级管理员可以使用此页面。',
    en: 'Only the county admin can use this page.',
  },
  'app.testClock': { 'zh-CN': '测试时钟：{time}', en: 'Test clock: {time}' },

  'nav.main': { 'zh-CN': '主导航', en: 'Main navigation' },
  'nav.worklist': { 'zh-CN': '我的待办', en: 'My worklist' },
  'nav.cases': { 'zh-CN': '案件查询', en: 'All cases' },
  'nav.newCase': { 'zh-CN': '登记案件', en: 'New case' },
  'nav.dashboard': { 'zh-CN': '统计分析', en: 'Dashboard' },
  'nav.designer': { 'zh-CN': '流程设计', en: 'Process designer' },

  'header.signedInAs': { 'zh-CN': '当前用户', en: 'Signed in as' },
  'header.signOut': { 'zh-CN': '退出登录', en: 'Sign out' },
  'header.language': { 'zh-CN': '界面语言', en: 'Language' },

  'signIn.title': { 'zh-CN': '登录', en: 'Sign in' },
  'signIn.lead': {
    'zh-CN': '演示环境：无需密码，选择一位演示用户即可登录。',
    en: 'Demo environment: no password, pick a demo user to sign in.',
  },
  'signIn.county': { 'zh-CN': '选择县（区）', en: 'County' },
  'signIn.as': { 'zh-CN': '以{name}（{role}）身份登录', en: 'Sign in as {name} ({role})' },
  'signIn.failed': { 'zh-CN': '登录失败：{message}', en: 'Sign-in failed: {message}' },
  'signIn.expired': {
    'zh-CN': '登录已过期，请重新登录。',
    en: 'Your session has ended; please sign in again.',
  },

  'worklist.title': { 'zh-CN': '我的待办', en: 'My worklist' },
  'worklist.lead': {
    'zh-CN': '待办理的案件，最早到期的排在最前，超期和临期的会特别标出。',
    en: 'Open cases, earliest due first; overdue and nearly due ones are marked.',
  },
  'cases.title': { 'zh-CN': '案件查询', en: 'All cases' },
  'cases.lead': {
    'zh-CN': '您辖区内的全部案件（个人信息已脱敏）。',
    en: 'Every case in your areas (personal data masked).',
  },

  'case.back': { 'zh-CN': '返回列表', en: 'Back to the list' },
  'case.process': { 'zh-CN': '办理流程', en: 'Process' },
  'case.processVersion': { 'zh-CN': '{title}（第{version}版）', en: '{title} (version {version})' },

  'newCase.title': { 'zh-CN': '登记案件', en: 'New case' },
  'newCase.type': { 'zh-CN': '案件类型', en: 'Case type' },
  'newCase.area': { 'zh-CN': '所在网格', en: 'Grid' },
  'newCase.none': {
    'zh-CN': '您的角色不能登记此类案件。',
    en: 'Your role cannot register this kind of case.',
  },
  'newCase.noTypes': {
    'zh-CN': '本县尚未发布可登记的案件类型。',
    en: 'No case type is published yet.',
  },
  'newCase.submit': { 'zh-CN': '提交登记', en: 'Register' },
  'newCase.created': { 'zh-CN': '案件已登记：{id}', en: 'Case registered: {id}' },
  'newCase.version': { 'zh-CN': '流程版本：第{version}版', en: 'Process version {version}' },

  'dashboard.title': { 'zh-CN': '统计分析', en: 'Dashboard' },
  'dashboard.lead': {
    'zh-CN': '辖区案件受理、办结、按期办结率和群众满意度。',
    en: 'Cases received and closed, on-time rate and satisfaction in your areas.',
  },
  'dashboard.from': { 'zh-CN': '开始日期', en: 'From' },
  'dashboard.to': { 'zh-CN': '结束日期', en: 'To' },

  'designer.title': { 'zh-CN': '流程设计', en: 'Process designer' },
  'designer.lead': {
    'zh-CN': '修改本县的办理流程和表单，检查通过后发布为新版本。已在办的案件继续按原版本办理。',
    en: 'Change the county’s process and forms, then publish a new version. Running cases stay on the version they started with.',
  },
  'designer.definitions': { 'zh-CN': '本县流程', en: 'The county’s processes' },
  'designer.published': { 'zh-CN': '已发布：第{version}版', en: 'Published: version {version}' },
  'designer.draft': { 'zh-CN': '有未发布的草稿', en: 'Unpublished draft' },
  'designer.open': { 'zh-CN': '编辑', en: 'Edit' },
  'designer.tabProcess': { 'zh-CN': '流程', en: 'Process' },
  'designer.tabForms': { 'zh-CN': '表单', en: 'Forms' },
  'designer.form': { 'zh-CN': '选择表单', en: 'Form' },
  'designer.saveDraft': { 'zh-CN': '保存草稿', en: 'Save draft' },
  'designer.publish': { 'zh-CN': '发布新版本', en: 'Publish a new version' },
  'designer.saved': { 'zh-CN': '草稿已保存。', en: 'Draft saved.' },
  'designer.savedWithFindings': {
    'zh-CN': '草稿已保存，但有{count}个问题需要处理后才能发布。',
    en: 'Draft saved, with {count} problems to fix before publishing.',
  },
  'designer.publishedNow': {
    'zh-CN': '已发布第{version}版。新登记的案件将按此版本办理。',
    en: 'Version {version} is published. New cases will run on it.',
  },
  'designer.failed': { 'zh-CN': '操作失败：{message}', en: 'Failed: {message}' },
  'designer.unsaved': { 'zh-CN': '有未保存的修改', en: 'Unsaved changes' },
  'designer.migrate': { 'zh-CN': '迁移在办案件', en: 'Migrate running cases' },
  'designer.migrateNote': {
    'zh-CN': '把上一发布版本上办理中的案件迁到最新发布版本（需至少发布过两个版本）。',
    en: 'Move the cases running on the previous published version to the latest one (needs two published versions).',
  },

  'migrate.title': { 'zh-CN': '迁移在办案件', en: 'Migrate running cases' },
  'migrate.lead': {
    'zh-CN': '为每个旧环节选择新环节，先试运行查看影响，再执行迁移。',
    en: 'Choose a new stage for every old one, dry-run to see what moves, then apply.',
  },
  'migrate.back': { 'zh-CN': '返回流程设计', en: 'Back to the designer' },
  'migrate.oneVersion': {
    'zh-CN': '此流程只发布过一个版本，没有可迁移的案件。请先发布新版本。',
    en: 'This process has only one published version: nothing to migrate. Publish a new version first.',
  },

  'public.product': { 'zh-CN': '群众反映', en: 'Report a matter' },
  'public.nav': { 'zh-CN': '群众反映', en: 'Citizen pages' },
  'public.report': { 'zh-CN': '我要反映', en: 'Report' },
  'public.track': { 'zh-CN': '查询进度', en: 'Follow a report' },
  'public.posterTitle': { 'zh-CN': '扫码反映问题', en: 'Scan to report' },
  'public.posterLead': {
    'zh-CN':
      '邻里纠纷、安全隐患，用手机扫一扫即可反映，无需注册登录；提交后可凭查询码查看办理进度。',
    en: 'Disputes between neighbours, safety hazards: scan with your phone to report, no sign-up needed, and follow it with your tracking code.',
  },
  'public.posterQr': {
    'zh-CN': '二维码：打开 {county} 群众反映页面',
    en: 'QR code: opens the {county} reporting page',
  },
  'public.posterOr': { 'zh-CN': '或在手机浏览器中打开：', en: 'Or open on your phone:' },
  'public.print': { 'zh-CN': '打印', en: 'Print' },
  'public.openPage': { 'zh-CN': '打开反映页面', en: 'Open the reporting page' },
  'signIn.publicPages': {
    'zh-CN': '群众反映入口（无需登录）：',
    en: 'Citizen pages (no sign-in): ',
  },
  'signIn.poster': { 'zh-CN': '反映二维码', en: 'Reporting QR code' },
});

export type AppMessageKey = keyof typeof appMessages;
