import { defineMessages } from '@gridcase/forms/i18n';

/** Every user-facing text the server itself produces (errors live in the error catalog). */
export const serverMessages = defineMessages({
  'validation.required': { 'zh-CN': '缺少必填项 {field}', en: 'Missing required field {field}' },
  'validation.additionalProperties': { 'zh-CN': '不接受字段 {field}', en: 'Unknown field {field}' },
  'validation.type': { 'zh-CN': '类型应为 {type}', en: 'Must be of type {type}' },
  'validation.enum': { 'zh-CN': '取值应为 {allowed} 之一', en: 'Must be one of {allowed}' },
  'validation.minLength': {
    'zh-CN': '至少 {limit} 个字符',
    en: 'Must have at least {limit} characters',
  },
  'validation.maxLength': {
    'zh-CN': '最多 {limit} 个字符',
    en: 'Must have at most {limit} characters',
  },
  'validation.minimum': { 'zh-CN': '不能小于 {limit}', en: 'Must be at least {limit}' },
  'validation.maximum': { 'zh-CN': '不能大于 {limit}', en: 'Must be at most {limit}' },
  'validation.pattern': { 'zh-CN': '格式不对', en: 'Has the wrong format' },
  'validation.format': { 'zh-CN': '应为 {format} 格式', en: 'Must be a valid {format}' },
  'validation.maxItems': { 'zh-CN': '最多 {limit} 项', en: 'Must have at most {limit} items' },
  'validation.other': { 'zh-CN': '取值无效', en: 'Invalid value' },
  'devMode.banner': {
    'zh-CN': '开发模式已开启：任何人都可用用户名登录（POST /auth/dev-login）。切勿用于生产环境。',
    en: 'DEVELOPMENT MODE: anyone can sign in by username (POST /auth/dev-login). Never use in production.',
  },
  'reference.title': { 'zh-CN': 'gridcase 接口参考', en: 'gridcase API reference' },
  'reference.parameters': { 'zh-CN': '参数', en: 'Parameters' },
  'reference.body': { 'zh-CN': '请求体', en: 'Request body' },
  'reference.responses': { 'zh-CN': '响应', en: 'Responses' },
  'reference.interactive': {
    'zh-CN': '交互式参考（需要能访问 CDN）',
    en: 'Interactive reference (needs access to a CDN)',
  },
  'csv.id': { 'zh-CN': '案件编号', en: 'Case id' },
  'csv.caseType': { 'zh-CN': '案件类型', en: 'Case type' },
  'csv.definition': { 'zh-CN': '流程', en: 'Workflow' },
  'csv.title': { 'zh-CN': '事由', en: 'Title' },
  'csv.area': { 'zh-CN': '所在区域', en: 'Area' },
  'csv.stages': { 'zh-CN': '当前环节', en: 'Stages' },
  'csv.status': { 'zh-CN': '状态', en: 'Status' },
  'csv.outcome': { 'zh-CN': '结果', en: 'Outcome' },
  'csv.assignee': { 'zh-CN': '承办角色', en: 'Assignee role' },
  'csv.dueAt': { 'zh-CN': '办理期限', en: 'Due' },
  'csv.overdue': { 'zh-CN': '是否超期', en: 'Overdue' },
  'csv.supervision': { 'zh-CN': '督办级别', en: 'Supervision level' },
  'csv.createdAt': { 'zh-CN': '登记时间', en: 'Opened' },
  'csv.updatedAt': { 'zh-CN': '更新时间', en: 'Updated' },
  'csv.closedAt': { 'zh-CN': '办结时间', en: 'Closed' },
  'csv.data': { 'zh-CN': '案件信息（已脱敏）', en: 'Case data (masked)' },
  'csv.active': { 'zh-CN': '办理中', en: 'Active' },
  'csv.done': { 'zh-CN': '已办结', en: 'Closed' },
  'csv.yes': { 'zh-CN': '是', en: 'Yes' },
  'csv.no': { 'zh-CN': '否', en: 'No' },
  'cli.listening': { 'zh-CN': 'gridcase 已启动：{url}', en: 'gridcase is listening at {url}' },
  'cli.reference': { 'zh-CN': '接口参考：{url}', en: 'API reference: {url}' },
  'cli.store': { 'zh-CN': '数据存储：{dir}', en: 'Store: {dir}' },
  'cli.memoryStore': {
    'zh-CN': '内存存储：停止后数据丢失',
    en: 'Memory store: data is lost on exit',
  },
  'cli.demoLogins': {
    'zh-CN': '演示账号（POST {url}/auth/dev-login，body: {"username": "..."}）：',
    en: 'Demo logins (POST {url}/auth/dev-login with {"username": "..."}):',
  },
  'cli.noSecret': {
    'zh-CN': '缺少 GRIDCASE_JWT_SECRET（至少 32 字节）。开发时可加 --dev。',
    en: 'GRIDCASE_JWT_SECRET (32 bytes or more) is not set. For development, add --dev.',
  },
  'cli.ephemeralSecret': {
    'zh-CN': '开发模式使用临时随机密钥：重启后令牌失效。',
    en: 'Development mode uses a random secret: tokens end with the process.',
  },
  'cli.seeded': {
    'zh-CN': '已写入示范县：{cases} 个案件',
    en: 'Seeded the demo county: {cases} cases',
  },
  'cli.alreadySeeded': {
    'zh-CN': '示范县已存在，未改动',
    en: 'The demo county exists; nothing changed',
  },
  'cli.seedSkipped': { 'zh-CN': '跳过：{step}', en: 'Skipped: {step}' },
  'cli.auditOk': {
    'zh-CN': '审计链完整：{count} 条，末条 #{seq} {hash}',
    en: 'Audit chain intact: {count} entries, last #{seq} {hash}',
  },
  'cli.auditBroken': {
    'zh-CN': '审计链在第 {seq} 条被篡改（{reason}）；此前 {count} 条完好',
    en: 'Audit chain broken at entry #{seq} ({reason}); the {count} entries before it are intact',
  },
  'cli.exported': { 'zh-CN': '已导出到 {file}', en: 'Exported to {file}' },
  'cli.imported': { 'zh-CN': '已保存草稿 {id}', en: 'Saved the draft {id}' },
  'cli.published': {
    'zh-CN': '已发布 {id} 第 {version} 版',
    en: 'Published {id} version {version}',
  },
  'cli.findings': { 'zh-CN': '{count} 个问题：', en: '{count} finding(s):' },
  'cli.failed': { 'zh-CN': '失败：{message}（{code}）', en: 'Failed: {message} ({code})' },
});

export type ServerMessageKey = keyof typeof serverMessages;
