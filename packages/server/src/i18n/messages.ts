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
});

export type ServerMessageKey = keyof typeof serverMessages;
