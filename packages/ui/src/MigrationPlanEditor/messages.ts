import { defineMessages } from '@gridcase/forms/i18n';

export const planEditorMessages = defineMessages({
  'planEditor.title': {
    'zh-CN': '迁移方案：{definition} 第 {from} 版 → 第 {to} 版',
    en: 'Migration plan: {definition} version {from} → {to}',
  },
  'planEditor.id': { 'zh-CN': '方案编号', en: 'Plan id' },
  'planEditor.stages': { 'zh-CN': '环节对应', en: 'Stages' },
  'planEditor.progress': {
    'zh-CN': '已对应 {mapped} / {total} 个环节',
    en: '{mapped} of {total} stages mapped',
  },
  'planEditor.stagesHint': {
    'zh-CN': '为第 {from} 版的每个环节选择案件迁入第 {to} 版的哪个环节。',
    en: 'For each stage of version {from}, choose the stage of version {to} its cases move to.',
  },
  'planEditor.unmapped': { 'zh-CN': '（未对应）', en: '(not mapped)' },
  'planEditor.option': { 'zh-CN': '{title}（{state}）', en: '{title} ({state})' },
  'planEditor.fields': { 'zh-CN': '字段移动', en: 'Field moves' },
  'planEditor.fieldsHint': {
    'zh-CN': '新版本改了字段名或位置时，把案件数据从原字段移到新字段。',
    en: 'When the new version renames or moves a field, move the case data there.',
  },
  'planEditor.fieldFrom': { 'zh-CN': '原字段', en: 'Old field' },
  'planEditor.fieldTo': { 'zh-CN': '新字段', en: 'New field' },
  'planEditor.fieldRow': { 'zh-CN': '第 {n} 个字段移动', en: 'Field move {n}' },
  'planEditor.addField': { 'zh-CN': '添加字段移动', en: 'Add a field move' },
  'planEditor.removeField': { 'zh-CN': '删除第 {n} 个字段移动', en: 'Remove field move {n}' },
  'planEditor.findings': { 'zh-CN': '方案检查', en: 'Plan check' },
  'planEditor.ok': {
    'zh-CN': '方案完整：每个环节都有对应的新环节，可以预演迁移。',
    en: 'The plan is complete: every stage has a stage in the new version; it can be dry run.',
  },
  'planEditor.issueCount': {
    'zh-CN': '{count} 个问题，改正后才能执行迁移',
    en: 'Problems to fix before the migration can run: {count}',
  },
  'planEditor.json': { 'zh-CN': '方案 JSON', en: 'Plan JSON' },
});
