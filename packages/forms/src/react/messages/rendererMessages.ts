import { defineMessages } from '../../i18n';

/**
 * Every text the renderer itself shows (buttons, hints, the error summary), zh-CN first.
 * Field labels, help and placeholders come from the form's UI schema; validation messages come
 * from the validator. Keys start with `form.react.` so they never collide with other catalogs.
 */
export const rendererMessages = defineMessages({
  'form.react.submit': { 'zh-CN': '提交', en: 'Submit' },
  'form.react.submitting': { 'zh-CN': '正在提交…', en: 'Submitting…' },
  'form.react.uploadingFiles': { 'zh-CN': '附件上传中…', en: 'Uploading attachments…' },
  'form.react.required': { 'zh-CN': '必填', en: 'required' },
  'form.react.choose': { 'zh-CN': '请选择', en: 'Choose…' },
  'form.react.yes': { 'zh-CN': '是', en: 'Yes' },
  'form.react.no': { 'zh-CN': '否', en: 'No' },
  'form.react.summary.title': {
    'zh-CN': '有 {count} 处需要修改，请检查后再提交：',
    en: 'Please correct {count} problem(s) before submitting:',
  },
  'form.react.array.add': { 'zh-CN': '添加{label}', en: 'Add {label}' },
  'form.react.array.item': { 'zh-CN': '{label} {n}', en: '{label} {n}' },
  'form.react.array.remove': { 'zh-CN': '删除', en: 'Remove' },
  'form.react.array.moveUp': { 'zh-CN': '上移', en: 'Move up' },
  'form.react.array.moveDown': { 'zh-CN': '下移', en: 'Move down' },
  'form.react.array.removeItem': { 'zh-CN': '删除{item}', en: 'Remove {item}' },
  'form.react.array.moveUpItem': { 'zh-CN': '上移{item}', en: 'Move {item} up' },
  'form.react.array.moveDownItem': { 'zh-CN': '下移{item}', en: 'Move {item} down' },
  'form.react.array.empty': { 'zh-CN': '暂无{label}', en: 'No {label} yet' },
  'form.react.array.unsupported': {
    'zh-CN': '此列表的项不是对象，无法在表单中编辑',
    en: 'The items of this list are not objects and cannot be edited in the form',
  },
  'form.react.upload.uploading': { 'zh-CN': '正在上传 {name}…', en: 'Uploading {name}…' },
  'form.react.upload.failed': {
    'zh-CN': '{name} 上传失败，请重试',
    en: 'Uploading {name} failed; please try again',
  },
  'form.react.upload.unavailable': {
    'zh-CN': '当前页面不支持上传附件',
    en: 'This page cannot upload attachments',
  },
  'form.react.upload.remove': { 'zh-CN': '移除 {name}', en: 'Remove {name}' },
  'form.react.signature.hint': {
    'zh-CN': '请用手指或鼠标在框内签名',
    en: 'Sign inside the box with a finger or the mouse',
  },
  'form.react.signature.clear': { 'zh-CN': '清除签名', en: 'Clear signature' },
  'form.react.signature.signed': { 'zh-CN': '已签名', en: 'Signed' },
  'form.react.signature.empty': { 'zh-CN': '尚未签名', en: 'Not signed yet' },
  'form.react.signature.file': { 'zh-CN': '签名', en: 'the signature' },
  'form.react.area.county': { 'zh-CN': '区县', en: 'County' },
  'form.react.area.township': { 'zh-CN': '乡镇（街道）', en: 'Township / street' },
  'form.react.area.community': { 'zh-CN': '社区（村）', en: 'Community / village' },
  'form.react.area.grid': { 'zh-CN': '网格', en: 'Grid' },
  'form.react.area.none': {
    'zh-CN': '没有可选的区域',
    en: 'No areas to choose from',
  },
});

/** A key of {@link rendererMessages}. */
export type RendererMessageKey = keyof typeof rendererMessages;
