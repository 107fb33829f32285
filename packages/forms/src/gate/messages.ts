import { defineMessages } from '../i18n';

/** Message and hint (`<code>.hint`) for every publish-gate finding code. */
export const gateMessages = defineMessages({
  'schema.notJson': {
    'zh-CN': '表单结构不是有效的 JSON 对象',
    en: 'The schema is not a JSON object',
  },
  'schema.notJson.hint': {
    'zh-CN': '请提供 JSON 对象，不要有循环引用或过深嵌套',
    en: 'Provide a plain JSON object without cycles or extreme nesting',
  },
  'schema.tooLarge': {
    'zh-CN': '表单结构超过 {limit} 字节',
    en: 'The schema is larger than {limit} bytes',
  },
  'schema.tooLarge.hint': {
    'zh-CN': '把表单拆分为多个环节的小表单',
    en: 'Split the form into smaller forms, one per stage',
  },
  'schema.tooDeep': {
    'zh-CN': '表单嵌套过深（上限 {limit} 层）',
    en: 'The schema nests too deeply (limit {limit} levels)',
  },
  'schema.tooDeep.hint': {
    'zh-CN': '减少分组和列表的嵌套层数',
    en: 'Flatten nested groups and lists',
  },
  'schema.tooManyProperties': {
    'zh-CN': '字段过多（{count} 个，上限 {limit}）',
    en: 'Too many fields ({count}, limit {limit})',
  },
  'schema.tooManyProperties.hint': {
    'zh-CN': '把表单拆分为多个环节的小表单',
    en: 'Split the form into smaller forms, one per stage',
  },
  'schema.tooManyPatterns': {
    'zh-CN': '一次提交最多触发 {limit} 次正则校验，此表单可达 {count} 次',
    en: 'One submission may run at most {limit} pattern checks; this form can run {count}',
  },
  'schema.tooManyPatterns.hint': {
    'zh-CN': '改用内置格式（如 cn-mobile、cn-idcard），或降低含正则字段所在列表的 maxItems',
    en: 'Use the built-in formats (cn-mobile, cn-idcard, ...) or lower maxItems of lists with patterns',
  },
  'schema.tooManyValues': {
    'zh-CN': '一次提交可包含的数据过多（{capacity} 项，上限 {limit}）',
    en: 'One submission could hold too many values ({capacity}, limit {limit})',
  },
  'schema.tooManyValues.hint': {
    'zh-CN': '降低列表的 maxItems，或减少列表中的字段',
    en: 'Lower the lists’ maxItems or put fewer fields in them',
  },
  'schema.dialect': {
    'zh-CN': '只支持 JSON Schema 2020-12',
    en: 'Only JSON Schema 2020-12 is supported',
  },
  'schema.dialect.hint': {
    'zh-CN': '删除 $schema，或写为 https://json-schema.org/draft/2020-12/schema',
    en: 'Remove $schema or set it to https://json-schema.org/draft/2020-12/schema',
  },
  'schema.invalid': {
    'zh-CN': '“{keyword}”的取值不符合 JSON Schema 规范',
    en: 'The value of “{keyword}” is not valid JSON Schema',
  },
  'schema.invalid.hint': {
    'zh-CN': '对照 JSON Schema 2020-12 检查此处的写法',
    en: 'Check this keyword against JSON Schema 2020-12',
  },
  'schema.strictTypes': {
    'zh-CN': '使用了“{keyword}”却没有声明相应的 type',
    en: '“{keyword}” is used without the matching type',
  },
  'schema.strictTypes.hint': {
    'zh-CN': '为此处加上 type（如 "object"、"string"）',
    en: 'Add a type here ("object", "string", ...)',
  },
  'schema.compile': {
    'zh-CN': '表单结构无法编译：{error}',
    en: 'The schema does not compile: {error}',
  },
  'schema.compile.hint': {
    'zh-CN': '按提示修改后重试',
    en: 'Fix what the error names and try again',
  },
  'schema.untyped': {
    'zh-CN': '字段没有声明类型，可以填入任意数据',
    en: 'This field has no type and accepts anything',
  },
  'schema.untyped.hint': {
    'zh-CN': '加上 type，或用 enum/const 列出允许的取值',
    en: 'Add a type, or list the allowed values with enum or const',
  },
  'keyword.unknown': { 'zh-CN': '未知关键字“{keyword}”', en: 'Unknown keyword “{keyword}”' },
  'keyword.unknown.hint': {
    'zh-CN': '检查拼写（如 maxLength），或删除此关键字',
    en: 'Check the spelling (maxLength, ...) or remove it',
  },
  'keyword.unsupported': {
    'zh-CN': '表单不支持关键字“{keyword}”',
    en: 'Forms do not support the keyword “{keyword}”',
  },
  'keyword.unsupported.hint': {
    'zh-CN': '改用 properties、items、enum、if/then 等受支持的写法',
    en: 'Use properties, items, enum, if/then and the other supported keywords',
  },
  'keyword.$data': { 'zh-CN': '不允许使用 $data 引用', en: '$data references are not allowed' },
  'keyword.$data.hint': {
    'zh-CN': '写入固定值；字段之间的联动用 if/then 或界面的 visibleIf',
    en: 'Write a fixed value; relate fields with if/then or the UI’s visibleIf',
  },
  'pattern.unsafe': {
    'zh-CN': '正则表达式不能在线性时间内匹配：{reason}',
    en: 'The pattern cannot be matched in linear time: {reason}',
  },
  'pattern.unsafe.hint': {
    'zh-CN': '去掉反向引用和前后断言，或改用内置格式',
    en: 'Remove backreferences and lookaround, or use a built-in format',
  },
  'pattern.backtracking': {
    'zh-CN': '正则表达式含嵌套重复或重复的分支，在回溯型引擎中可能极慢',
    en: 'The pattern repeats a repeating group or a choice; backtracking engines can take forever on it',
  },
  'pattern.backtracking.hint': {
    'zh-CN': '去掉嵌套重复（如把 (a+)+ 改为 a+，把 (a|b)* 改为 [ab]*），或改用内置格式',
    en: 'Remove the nesting (write a+ for (a+)+, [ab]* for (a|b)*) or use a built-in format',
  },
  'pattern.tooLong': {
    'zh-CN': '正则表达式过长（{length} 个字符，上限 {limit}）',
    en: 'The pattern is too long ({length} characters, limit {limit})',
  },
  'pattern.tooLong.hint': { 'zh-CN': '简化正则表达式', en: 'Simplify the pattern' },
  'format.unknown': { 'zh-CN': '未知格式“{format}”', en: 'Unknown format “{format}”' },
  'format.unknown.hint': {
    'zh-CN': '可用格式：{formats}',
    en: 'Available formats: {formats}',
  },
  'enum.tooLarge': {
    'zh-CN': '选项过多（{count} 个，上限 {limit}）',
    en: 'Too many options ({count}, limit {limit})',
  },
  'enum.tooLarge.hint': {
    'zh-CN': '长列表（如村社）请用区域选择器',
    en: 'Use the area picker for long lists such as villages',
  },
  'string.maxLength': {
    'zh-CN': '文本字段须设置不超过 {limit} 的 maxLength',
    en: 'Text fields need a maxLength of at most {limit}',
  },
  'string.maxLength.hint': {
    'zh-CN': '加上 maxLength，如姓名 50、事由 2000',
    en: 'Add maxLength, e.g. 50 for a name, 2000 for a description',
  },
  'array.maxItems': {
    'zh-CN': '列表须设置不超过 {limit} 的 maxItems',
    en: 'Lists need a maxItems of at most {limit}',
  },
  'array.maxItems.hint': {
    'zh-CN': '加上 maxItems，如当事人 20',
    en: 'Add maxItems, e.g. 20 parties',
  },
  'object.additionalProperties': {
    'zh-CN': '分组须设置 additionalProperties: false',
    en: 'Groups need additionalProperties: false',
  },
  'object.additionalProperties.hint': {
    'zh-CN': '加上 "additionalProperties": false，只接收声明过的字段',
    en: 'Add "additionalProperties": false so only declared fields are accepted',
  },
  'uniqueItems.unbounded': {
    'zh-CN': '对不限长度的复杂列表要求不重复，校验开销过大',
    en: 'uniqueItems on an unbounded list of objects is too costly to check',
  },
  'uniqueItems.unbounded.hint': {
    'zh-CN': '加上不超过 {limit} 的 maxItems，或删除 uniqueItems',
    en: 'Add a maxItems of at most {limit}, or remove uniqueItems',
  },
  'ref.external': {
    'zh-CN': '不允许引用外部文档“{ref}”',
    en: 'References outside the schema are not allowed (“{ref}”)',
  },
  'ref.external.hint': {
    'zh-CN': '把定义放进 $defs，用 #/$defs/名称 引用',
    en: 'Put the definition under $defs and reference #/$defs/name',
  },
  'ref.unresolved': {
    'zh-CN': '引用“{ref}”指向不存在的位置',
    en: 'The reference “{ref}” points nowhere',
  },
  'ref.unresolved.hint': { 'zh-CN': '检查 $defs 中的名称', en: 'Check the name under $defs' },
  'ref.recursive': { 'zh-CN': '引用“{ref}”形成循环', en: 'The reference “{ref}” is recursive' },
  'ref.recursive.hint': {
    'zh-CN': '表单数据不能无限嵌套；去掉循环引用',
    en: 'Form data cannot nest without end; remove the cycle',
  },
  'property.forbiddenName': {
    'zh-CN': '字段名“{name}”不允许使用',
    en: 'The field name “{name}” is not allowed',
  },
  'property.forbiddenName.hint': {
    'zh-CN': '__proto__、constructor、prototype 会被 JavaScript 特殊处理，请换一个名称',
    en: '__proto__, constructor and prototype are special in JavaScript; choose another name',
  },
  'property.invalidName': {
    'zh-CN': '字段名“{name}”无效',
    en: 'The field name “{name}” is not valid',
  },
  'property.invalidName.hint': {
    'zh-CN': '字段名须为 1-{limit} 个字符，不含 . * / [ ] 和空白',
    en: 'Use 1-{limit} characters without . * / [ ] or spaces',
  },
  'property.requiredUndefined': {
    'zh-CN': '必填字段“{name}”没有定义',
    en: 'The required field “{name}” is not defined',
  },
  'property.requiredUndefined.hint': {
    'zh-CN': '在 properties 中定义它，或从 required 中删除',
    en: 'Define it under properties or remove it from required',
  },
  'pii.kind': { 'zh-CN': '未知的个人信息类型“{kind}”', en: 'Unknown personal-data kind “{kind}”' },
  'pii.kind.hint': {
    'zh-CN': 'x-pii 可取 name、idcard、phone、address',
    en: 'x-pii takes name, idcard, phone or address',
  },
  'ui.invalid': { 'zh-CN': '界面配置不是对象', en: 'The UI schema is not an object' },
  'ui.invalid.hint': {
    'zh-CN': '提供 { order, fields } 形式的对象',
    en: 'Provide an object { order, fields }',
  },
  'ui.tooLarge': {
    'zh-CN': '界面配置超过 {limit} 字节',
    en: 'The UI schema is larger than {limit} bytes',
  },
  'ui.tooLarge.hint': { 'zh-CN': '缩短说明文字或拆分表单', en: 'Shorten texts or split the form' },
  'ui.key.unknown': { 'zh-CN': '未知的界面配置项“{key}”', en: 'Unknown UI setting “{key}”' },
  'ui.key.unknown.hint': { 'zh-CN': '可用配置项：{keys}', en: 'Available settings: {keys}' },
  'ui.order.unknownField': {
    'zh-CN': '排序中的“{field}”不是表单字段',
    en: '“{field}” in order is not a field',
  },
  'ui.order.unknownField.hint': {
    'zh-CN': '检查拼写，或先在表单结构中定义此字段',
    en: 'Check the spelling or define the field in the schema first',
  },
  'ui.order.duplicate': {
    'zh-CN': '排序中“{field}”出现了多次',
    en: '“{field}” appears more than once in order',
  },
  'ui.order.duplicate.hint': { 'zh-CN': '删除重复项', en: 'Remove the duplicate' },
  'ui.field.unknown': {
    'zh-CN': '“{field}”不是表单字段',
    en: '“{field}” is not a field of the form',
  },
  'ui.field.unknown.hint': {
    'zh-CN': '检查拼写，或先在表单结构中定义此字段',
    en: 'Check the spelling or define the field in the schema first',
  },
  'ui.widget.unknown': { 'zh-CN': '未知控件“{widget}”', en: 'Unknown widget “{widget}”' },
  'ui.widget.unknown.hint': { 'zh-CN': '可用控件：{widgets}', en: 'Available widgets: {widgets}' },
  'ui.widget.mismatch': {
    'zh-CN': '控件“{widget}”不能用于类型为 {type} 的字段',
    en: 'The widget “{widget}” does not fit a field of type {type}',
  },
  'ui.widget.mismatch.hint': {
    'zh-CN': '换一个控件，或修改字段类型',
    en: 'Choose another widget or change the field’s type',
  },
  'ui.visibleIf.invalid': {
    'zh-CN': 'visibleIf 须为 { field, equals } 、{ field, in } 或 { field, notEmpty: true }',
    en: 'visibleIf must be { field, equals }, { field, in } or { field, notEmpty: true }',
  },
  'ui.visibleIf.invalid.hint': {
    'zh-CN': '按上述形式改写条件',
    en: 'Rewrite the condition in one of these forms',
  },
  'ui.visibleIf.unknownField': {
    'zh-CN': '显示条件引用的“{field}”不是表单字段',
    en: 'The condition refers to “{field}”, which is not a field',
  },
  'ui.visibleIf.unknownField.hint': {
    'zh-CN': '条件字段与本字段处于同一层（列表项内的条件引用同一列表项的字段）',
    en: 'Conditions refer to fields at the same level (inside a list entry, to that entry’s fields)',
  },
  'ui.visibleIf.self': {
    'zh-CN': '字段的显示条件不能依赖它自己',
    en: 'A field cannot be shown depending on itself',
  },
  'ui.visibleIf.self.hint': { 'zh-CN': '改为引用另一个字段', en: 'Refer to another field' },
  'ui.enumLabels.unknownValue': {
    'zh-CN': '“{value}”不是此字段的选项',
    en: '“{value}” is not one of this field’s choices',
  },
  'ui.enumLabels.unknownValue.hint': {
    'zh-CN': '选项标签的键须与 enum 中的取值一致',
    en: 'Key the labels by the values listed in enum',
  },
  'ui.items.notArray': {
    'zh-CN': '只有对象列表和分组字段可以设置 items',
    en: 'Only lists of objects and groups can have items',
  },
  'ui.items.notArray.hint': {
    'zh-CN': '删除 items，或把字段改为对象列表或分组',
    en: 'Remove items or make the field a list of objects or a group',
  },
  'ui.text.invalid': {
    'zh-CN': '文字须同时提供中文和英文（{key}）',
    en: 'Texts need both Chinese and English ({key})',
  },
  'ui.text.invalid.hint': {
    'zh-CN': '写成 { "zh-CN": "…", "en": "…" }，每项不超过 500 字',
    en: 'Write { "zh-CN": "…", "en": "…" }, each at most 500 characters',
  },
  'form.id': { 'zh-CN': '表单标识无效', en: 'The form id is not valid' },
  'form.id.hint': {
    'zh-CN': '用 1-100 个字母、数字、-、_ 或 .',
    en: 'Use 1-100 letters, digits, -, _ or .',
  },
  'form.title': {
    'zh-CN': '表单标题须同时提供中文和英文',
    en: 'The form title needs Chinese and English',
  },
  'form.title.hint': {
    'zh-CN': '写成 { "zh-CN": "…", "en": "…" }',
    en: 'Write { "zh-CN": "…", "en": "…" }',
  },
  'gate.truncated': {
    'zh-CN': '另有 {omitted} 处问题未列出',
    en: '{omitted} more problems are not listed',
  },
  'gate.truncated.hint': {
    'zh-CN': '先修改以上问题再重新检查',
    en: 'Fix the problems above and check again',
  },
});
