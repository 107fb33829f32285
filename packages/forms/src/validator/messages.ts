import { defineMessages } from '../i18n';

/**
 * Texts for validation issue codes. A code is Ajv's keyword (`required`, `maxLength`), or
 * `format.<name>` for formats, or one of ours (`payload.tooLarge`). Keys under `type.` name
 * JSON types inside the `type` message; keys under `format.cn-idcard.` say which part of an
 * ID number is wrong.
 */
export const validationMessages = defineMessages({
  required: { 'zh-CN': '此项为必填项', en: 'This field is required' },
  type: { 'zh-CN': '类型不正确，应为{type}', en: 'Must be {type}' },
  'type.string': { 'zh-CN': '文本', en: 'text' },
  'type.number': { 'zh-CN': '数字', en: 'a number' },
  'type.integer': { 'zh-CN': '整数', en: 'a whole number' },
  'type.boolean': { 'zh-CN': '是或否', en: 'yes or no' },
  'type.object': { 'zh-CN': '一组字段', en: 'a group of fields' },
  'type.array': { 'zh-CN': '列表', en: 'a list' },
  'type.null': { 'zh-CN': '空值', en: 'empty' },
  'type.or': { 'zh-CN': '或', en: ' or ' },
  minLength: { 'zh-CN': '至少填写 {limit} 个字符', en: 'Enter at least {limit} characters' },
  maxLength: { 'zh-CN': '最多填写 {limit} 个字符', en: 'Enter at most {limit} characters' },
  minimum: { 'zh-CN': '不能小于 {limit}', en: 'Must be at least {limit}' },
  maximum: { 'zh-CN': '不能大于 {limit}', en: 'Must be at most {limit}' },
  exclusiveMinimum: { 'zh-CN': '必须大于 {limit}', en: 'Must be greater than {limit}' },
  exclusiveMaximum: { 'zh-CN': '必须小于 {limit}', en: 'Must be less than {limit}' },
  multipleOf: { 'zh-CN': '必须是 {multipleOf} 的整数倍', en: 'Must be a multiple of {multipleOf}' },
  pattern: { 'zh-CN': '格式不正确', en: 'Does not have the expected form' },
  enum: { 'zh-CN': '请从给定选项中选择', en: 'Choose one of the given options' },
  const: { 'zh-CN': '取值不正确', en: 'Has the wrong value' },
  minItems: { 'zh-CN': '至少需要 {limit} 项', en: 'Add at least {limit} entries' },
  maxItems: { 'zh-CN': '最多 {limit} 项', en: 'Keep at most {limit} entries' },
  uniqueItems: {
    'zh-CN': '第 {first} 项与第 {second} 项重复',
    en: 'Entries {first} and {second} are the same',
  },
  additionalProperties: { 'zh-CN': '表单中没有此字段', en: 'This form has no such field' },
  minProperties: { 'zh-CN': '至少填写 {limit} 项', en: 'Fill in at least {limit} fields' },
  maxProperties: { 'zh-CN': '最多填写 {limit} 项', en: 'Fill in at most {limit} fields' },
  dependentRequired: {
    'zh-CN': '填写了“{property}”时此项为必填项',
    en: 'Required when “{property}” is filled in',
  },
  anyOf: { 'zh-CN': '不符合任何一种允许的填写方式', en: 'Matches none of the allowed forms' },
  oneOf: { 'zh-CN': '须且只能符合一种填写方式', en: 'Must match exactly one allowed form' },
  not: { 'zh-CN': '此取值不被允许', en: 'This value is not allowed' },
  'false schema': { 'zh-CN': '此处不应填写', en: 'Leave this empty' },
  invalid: { 'zh-CN': '取值无效', en: 'Invalid value' },
  format: { 'zh-CN': '格式不正确（{format}）', en: 'Not a valid {format}' },
  'format.date': {
    'zh-CN': '请填写有效日期，如 2024-05-01',
    en: 'Enter a real date, e.g. 2024-05-01',
  },
  'format.time': {
    'zh-CN': '请填写有效时间，如 09:30:00+08:00',
    en: 'Enter a time, e.g. 09:30:00+08:00',
  },
  'format.date-time': {
    'zh-CN': '请填写有效的日期时间，如 2024-05-01T09:30:00+08:00',
    en: 'Enter a date and time, e.g. 2024-05-01T09:30:00+08:00',
  },
  'format.email': { 'zh-CN': '请填写有效的电子邮箱', en: 'Enter a valid email address' },
  'format.uri': { 'zh-CN': '请填写有效的网址', en: 'Enter a valid web address' },
  'format.uuid': { 'zh-CN': '请填写有效的 UUID', en: 'Enter a valid UUID' },
  'format.ipv4': { 'zh-CN': '请填写有效的 IPv4 地址', en: 'Enter a valid IPv4 address' },
  'format.cn-idcard': {
    'zh-CN': '请填写有效的 18 位身份证号',
    en: 'Enter a valid 18-character resident ID number',
  },
  'format.cn-idcard.length': {
    'zh-CN': '身份证号应为 18 位',
    en: 'A resident ID number has 18 characters',
  },
  'format.cn-idcard.characters': {
    'zh-CN': '身份证号应为 17 位数字加 1 位数字或大写 X',
    en: 'A resident ID number is 17 digits followed by a digit or a capital X',
  },
  'format.cn-idcard.region': {
    'zh-CN': '身份证号前两位不是有效的省级行政区划代码',
    en: 'The first two digits are not a province code',
  },
  'format.cn-idcard.birthDate': {
    'zh-CN': '身份证号中的出生日期（第 7-14 位）无效',
    en: 'The birth date in digits 7-14 is not a real past date',
  },
  'format.cn-idcard.checkDigit': {
    'zh-CN': '身份证号校验位不正确，请逐位核对',
    en: 'The check character does not match; check each digit',
  },
  'format.cn-mobile': {
    'zh-CN': '请填写有效的 11 位手机号',
    en: 'Enter a valid 11-digit mobile number',
  },
  'format.cn-uscc': {
    'zh-CN': '请填写有效的 18 位统一社会信用代码',
    en: 'Enter a valid 18-character unified social credit code',
  },
  'format.cn-landline': {
    'zh-CN': '请填写带区号的固定电话，如 010-62345678',
    en: 'Enter a landline with area code, e.g. 010-62345678',
  },
  'payload.tooLarge': {
    'zh-CN': '提交的数据超出此表单允许的规模',
    en: 'The submitted data is larger than this form allows',
  },
  'payload.invalid': {
    'zh-CN': '提交的数据无法校验（嵌套过深或不是 JSON 数据）',
    en: 'The submitted data cannot be checked (nested too deeply or not JSON)',
  },
});
