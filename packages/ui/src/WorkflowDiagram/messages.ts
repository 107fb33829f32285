import { defineMessages } from '@gridcase/forms/i18n';

export const diagramMessages = defineMessages({
  'diagram.label': { 'zh-CN': '流程图：{title}', en: 'Workflow diagram: {title}' },
  'diagram.days': { 'zh-CN': '{days} 个工作日', en: '{days} working days' },
  'diagram.current': { 'zh-CN': '当前环节', en: 'Current stage' },
  'diagram.start': { 'zh-CN': '起点', en: 'Start' },
  'diagram.final': { 'zh-CN': '结束', en: 'End' },
  'diagram.parallel': { 'zh-CN': '并行', en: 'Parallel' },
  'diagram.global': { 'zh-CN': '任何环节均可办理：', en: 'Available in every stage:' },
  'diagram.onDone': { 'zh-CN': '全部完成后', en: 'When all done' },
  'diagram.always': { 'zh-CN': '自动', en: 'Automatic' },
  'diagram.guarded': { 'zh-CN': '（有条件）', en: ' (conditional)' },
  'diagram.internal': { 'zh-CN': '环节内事项：{actions}', en: 'In-stage actions: {actions}' },
  'diagram.laying': { 'zh-CN': '正在排版流程图…', en: 'Laying out the diagram…' },
  'diagram.noStates': { 'zh-CN': '流程中还没有环节', en: 'The workflow has no stages yet' },
  'flow.node': {
    'zh-CN': '按回车或空格键选中环节。',
    en: 'Press enter or space to select a stage.',
  },
  'flow.nodeKeyboard': {
    'zh-CN': '按回车或空格键选中环节，然后可用方向键移动。',
    en: 'Press enter or space to select a stage, then move it with the arrow keys.',
  },
  'flow.moved': {
    'zh-CN': '已将环节向{direction}移动，新位置：x {x}，y {y}',
    en: 'Moved the stage {direction}. New position: x {x}, y {y}',
  },
  'flow.dir.up': { 'zh-CN': '上', en: 'up' },
  'flow.dir.down': { 'zh-CN': '下', en: 'down' },
  'flow.dir.left': { 'zh-CN': '左', en: 'left' },
  'flow.dir.right': { 'zh-CN': '右', en: 'right' },
  'flow.edge': {
    'zh-CN': '按回车或空格键选中流转。',
    en: 'Press enter or space to select a transition.',
  },
  'flow.controls': { 'zh-CN': '缩放控制', en: 'Zoom controls' },
  'flow.zoomIn': { 'zh-CN': '放大', en: 'Zoom in' },
  'flow.zoomOut': { 'zh-CN': '缩小', en: 'Zoom out' },
  'flow.fitView': { 'zh-CN': '适应画布', en: 'Fit to view' },
  'flow.interactive': { 'zh-CN': '锁定/解锁画布', en: 'Lock or unlock the canvas' },
  'flow.minimap': { 'zh-CN': '缩略图', en: 'Mini map' },
  'flow.handle': { 'zh-CN': '连接点', en: 'Connection point' },
});
