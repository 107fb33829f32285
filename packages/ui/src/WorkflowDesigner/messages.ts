import { defineMessages } from '@gridcase/forms/i18n';
import { diagramMessages } from '../WorkflowDiagram/messages';
import { propertyMessages } from './propertyMessages';

export const designerMessages = defineMessages({
  'designer.title': { 'zh-CN': '流程设计：{title}', en: 'Workflow designer: {title}' },
  'designer.toolbar': { 'zh-CN': '设计工具', en: 'Designer tools' },
  'designer.addStage': { 'zh-CN': '添加环节', en: 'Add stage' },
  'designer.newStage': { 'zh-CN': '新环节 {n}', en: 'New stage {n}' },
  'designer.newTransition': { 'zh-CN': '提交至{to}', en: 'Send to {to}' },
  'designer.undo': { 'zh-CN': '撤销', en: 'Undo' },
  'designer.redo': { 'zh-CN': '重做', en: 'Redo' },
  'designer.delete': { 'zh-CN': '删除所选', en: 'Delete selected' },
  'designer.save': { 'zh-CN': '保存草稿', en: 'Save draft' },
  'designer.saved': { 'zh-CN': '草稿已保存', en: 'Draft saved' },
  'designer.saveFailed': { 'zh-CN': '保存失败：{message}', en: 'Could not save: {message}' },
  'designer.shortcuts': {
    'zh-CN': '快捷键：Ctrl+Z 撤销，Ctrl+Y 重做，Delete 删除所选',
    en: 'Shortcuts: Ctrl+Z undo, Ctrl+Y redo, Delete removes the selection',
  },
  'designer.stages': { 'zh-CN': '环节列表', en: 'Stages' },
  'designer.noStages': {
    'zh-CN': '还没有环节，请先添加环节',
    en: 'No stages yet: add one to start',
  },
  'designer.canvas': { 'zh-CN': '流程画布', en: 'Workflow canvas' },
  'designer.canvasHelp': {
    'zh-CN': '从环节右侧的连接点拖到另一个环节，即可添加流转。',
    en: 'Drag from a stage’s right-hand point to another stage to add a transition.',
  },
  'designer.properties': { 'zh-CN': '属性', en: 'Properties' },
  'designer.nothingSelected': {
    'zh-CN': '选择一个环节或流转以编辑其属性',
    en: 'Select a stage or a transition to edit it',
  },
  'designer.problems': { 'zh-CN': '检查结果', en: 'Checks' },
  'designer.problemCount': { 'zh-CN': '发现 {count} 个问题', en: '{count} problems found' },
  'designer.noProblems': { 'zh-CN': '未发现问题，可以保存发布', en: 'No problems found' },
  'designer.problemsOf': { 'zh-CN': '{count} 个问题', en: '{count} problems' },
  'designer.show': { 'zh-CN': '定位', en: 'Show' },
  'designer.problemAt': { 'zh-CN': '{where}：{message}', en: '{where}: {message}' },
  'designer.whole': { 'zh-CN': '整个流程', en: 'Whole workflow' },
  'designer.lowerTabs': { 'zh-CN': '检查与模拟', en: 'Checks and simulation' },
  'designer.checksCount': { 'zh-CN': '检查结果（{count}）', en: 'Checks ({count})' },
  'designer.paths': { 'zh-CN': '流程路径', en: 'Paths' },
  'designer.testRun': { 'zh-CN': '试运行', en: 'Test run' },
});

/** Everything the designer says: its own texts, the properties panel's and the diagram's. */
export const designerCatalog = { ...diagramMessages, ...propertyMessages, ...designerMessages };
