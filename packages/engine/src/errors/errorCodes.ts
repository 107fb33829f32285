/**
 * THE error catalog of gridcase: every error any package reports has one stable `code` from
 * this file, one HTTP status, and a message plus a hint (what to do) in zh-CN and en.
 * Messages may name `{placeholders}` filled from the error's `details`.
 *
 * Add a code here, never elsewhere. Codes are `area.camelCase` and never change meaning.
 */
import type { LocalizedText } from '@gridcase/forms';

/** Every error code gridcase reports. */
export type ErrorCode =
  // authentication and authorisation
  | 'auth.required'
  | 'auth.invalidToken'
  | 'auth.userDisabled'
  | 'auth.forbidden'
  | 'auth.wrongRole'
  | 'auth.outsideArea'
  | 'auth.notStarter'
  // the HTTP request itself
  | 'request.invalid'
  | 'request.tooLarge'
  | 'request.unsupportedMediaType'
  | 'request.notFound'
  | 'request.methodNotAllowed'
  | 'request.preconditionRequired'
  // cases
  | 'case.notFound'
  | 'case.exists'
  | 'case.versionConflict'
  | 'case.closed'
  | 'case.actionUnavailable'
  | 'case.conditionsNotMet'
  | 'case.reasonRequired'
  | 'case.reopenExpired'
  | 'case.definitionMismatch'
  | 'case.stateUnknown'
  | 'case.deadlineUnknown'
  // idempotency, storage, rate limits
  | 'idempotency.keyRequired'
  | 'idempotency.keyReused'
  | 'idempotency.inProgress'
  | 'store.locked'
  | 'store.unavailable'
  | 'store.corrupt'
  | 'store.valueRejected'
  | 'store.invalidCommit'
  | 'store.writeFailed'
  | 'rate.limited'
  // workflow definitions
  | 'definition.invalid'
  | 'definition.lintFailed'
  | 'definition.unreachable'
  | 'definition.notFound'
  | 'definition.compileFailed'
  | 'definition.published'
  | 'definition.unusableInput'
  // forms and personal data
  | 'form.invalid'
  | 'form.notFound'
  | 'form.schemaRejected'
  | 'pii.forbidden'
  | 'pii.reasonRequired'
  // calendar
  | 'calendar.invalidDate'
  // the HTTP server (packages/server)
  | 'request.jsonTooDeep'
  | 'request.jsonTooLarge'
  | 'request.forbiddenKey'
  | 'auth.tokenExpired'
  | 'auth.algorithmNotAllowed'
  | 'auth.audienceMismatch'
  | 'auth.issuerMismatch'
  | 'auth.tokenLifetimeTooLong'
  | 'auth.userUnknown'
  | 'case.areaUnknown'
  | 'template.notFound'
  | 'county.notFound'
  | 'attachment.tooLarge'
  | 'attachment.typeNotAllowed'
  | 'attachment.nameInvalid'
  | 'attachment.notFound'
  | 'webhook.urlInvalid'
  | 'webhook.notFound'
  // the citizen channel (no sign-in; messages a citizen understands)
  | 'public.countyUnknown'
  | 'public.caseTypeClosed'
  | 'public.areaUnknown'
  | 'public.rateLimited'
  | 'public.rejected'
  | 'public.duplicate'
  | 'public.uploadTooLarge'
  | 'public.uploadTypeNotAllowed'
  | 'public.uploadUnknown'
  | 'public.tooManyPhotos'
  | 'public.trackingNotFound'
  | 'public.ratingNotAllowed'
  // migrating running cases to another version of their definition
  | 'migration.versionsInvalid'
  | 'migration.planInvalid'
  | 'migration.planIncomplete'
  | 'migration.planConflict'
  | 'migration.notFound'
  | 'migration.stateUnmapped'
  | 'migration.regionsConflict'
  | 'migration.fieldOccupied'
  | 'migration.requiredDataMissing'
  // anything else
  | 'internal.unexpected';

/** What the catalog says about one code. */
export interface ErrorSpec {
  /** The HTTP status the server answers with. */
  status: number;
  message: LocalizedText;
  /** What the reader should do next. */
  hint: LocalizedText;
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** The catalog: one entry per {@link ErrorCode}. */
export const ERROR_CATALOG: Readonly<Record<ErrorCode, ErrorSpec>> = {
  'auth.required': {
    status: 401,
    message: t('需要登录', 'Sign-in required'),
    hint: t('请先登录后再试。', 'Sign in and try again.'),
  },
  'auth.invalidToken': {
    status: 401,
    message: t('登录凭证无效或已过期', 'The sign-in token is invalid or has expired'),
    hint: t('请重新登录。', 'Sign in again.'),
  },
  'auth.userDisabled': {
    status: 403,
    message: t('该账号已停用', 'This account is disabled'),
    hint: t('请联系县级管理员恢复账号。', 'Ask the county admin to re-enable the account.'),
  },
  'auth.forbidden': {
    status: 403,
    message: t('没有执行此操作的权限', 'You may not do this'),
    hint: t(
      '请联系县级管理员确认您的角色和辖区。',
      'Ask the county admin to check your roles and areas.',
    ),
  },
  'auth.wrongRole': {
    status: 403,
    message: t('您的角色不能执行“{action}”', 'Your roles may not take the action "{action}"'),
    hint: t(
      '此操作需要以下角色之一：{roles}。请转交有权限的人员办理。',
      'This action needs one of these roles: {roles}. Hand the case to someone who holds one.',
    ),
  },
  'auth.outsideArea': {
    status: 403,
    message: t('案件不在您的辖区内', 'The case is outside your areas'),
    hint: t(
      '您的角色需在案件所在辖区（{scope}级或更大范围）内才能办理。',
      'Your role must be held in the case’s area at {scope} level or wider.',
    ),
  },
  'auth.notStarter': {
    status: 403,
    message: t('您不能登记此类案件', 'You may not open this kind of case'),
    hint: t('此类案件可由以下角色登记：{roles}。', 'These roles may open such cases: {roles}.'),
  },
  'request.invalid': {
    status: 400,
    message: t('请求格式不正确', 'The request is malformed'),
    hint: t('请检查请求内容：{reason}', 'Check the request: {reason}'),
  },
  'request.tooLarge': {
    status: 413,
    message: t('请求内容过大', 'The request body is too large'),
    hint: t('请求体不能超过 {limit}。', 'Keep the request body under {limit}.'),
  },
  'request.unsupportedMediaType': {
    status: 415,
    message: t('不支持的内容类型', 'Unsupported content type'),
    hint: t('请以 application/json 发送。', 'Send application/json.'),
  },
  'request.notFound': {
    status: 404,
    message: t('没有这个地址', 'No such address'),
    hint: t('请检查地址，接口文档见 /docs。', 'Check the address; the API reference is at /docs.'),
  },
  'request.methodNotAllowed': {
    status: 405,
    message: t('不支持此请求方法', 'Method not allowed'),
    hint: t('请查阅接口文档。', 'See the API reference.'),
  },
  'request.preconditionRequired': {
    status: 428,
    message: t('缺少案件版本号', 'The case version is missing'),
    hint: t(
      '请在 If-Match 头中带上您读取到的案件版本。',
      'Send the case version you read in the If-Match header.',
    ),
  },
  'case.notFound': {
    status: 404,
    message: t('案件不存在', 'No such case'),
    hint: t(
      '请检查案件编号；您也可能无权查看该案件。',
      'Check the case id; it may also be outside your areas.',
    ),
  },
  'case.exists': {
    status: 409,
    message: t('案件编号已存在', 'A case with this id exists'),
    hint: t('请换一个案件编号。', 'Use another case id.'),
  },
  'case.versionConflict': {
    status: 409,
    message: t('案件已被他人更新', 'Someone else updated the case first'),
    hint: t(
      '请刷新案件（当前版本 {currentVersion}）后重新操作。',
      'Reload the case (now at version {currentVersion}) and try again.',
    ),
  },
  'case.closed': {
    status: 409,
    message: t('案件已办结', 'The case is closed'),
    hint: t('如需继续办理，请使用“重办”。', 'To work on it again, reopen it.'),
  },
  'case.actionUnavailable': {
    status: 409,
    message: t('当前环节不能执行“{action}”', 'The action "{action}" is not available now'),
    hint: t('您现在可以执行：{available}。', 'You can take these actions now: {available}.'),
  },
  'case.conditionsNotMet': {
    status: 422,
    message: t('不满足“{action}”的条件', 'The conditions for "{action}" are not met'),
    hint: t(
      '请检查填写的内容是否符合此操作的条件，或选择其他操作。',
      'Check that the data meets the action’s conditions, or choose another action.',
    ),
  },
  'case.reasonRequired': {
    status: 422,
    message: t('“{action}”需要填写理由', 'The action "{action}" needs a reason'),
    hint: t('请填写理由后再提交。', 'Write a reason and submit again.'),
  },
  'case.reopenExpired': {
    status: 409,
    message: t('已超过重办期限', 'The reopening period has passed'),
    hint: t(
      '办结 {withinDays} 个工作日内才能重办，请登记新案件。',
      'A case may be reopened within {withinDays} working days of closing; open a new case.',
    ),
  },
  'case.definitionMismatch': {
    status: 409,
    message: t('案件与流程定义版本不符', 'The case belongs to another workflow version'),
    hint: t(
      '请使用案件登记时的流程定义 {expected}。',
      'Use the definition the case was opened with: {expected}.',
    ),
  },
  'case.stateUnknown': {
    status: 500,
    message: t('案件处于流程中不存在的环节', 'The case sits in a stage its workflow lacks'),
    hint: t(
      '请联系管理员核对流程版本或迁移该案件。',
      'Ask the admin to check the workflow version or migrate the case.',
    ),
  },
  'case.deadlineUnknown': {
    status: 409,
    message: t('期限 {deadlineId} 已不存在', 'The deadline {deadlineId} no longer exists'),
    hint: t(
      '案件可能已离开该环节，此期限无需处理。',
      'The case probably left that stage; nothing to do.',
    ),
  },
  'idempotency.keyRequired': {
    status: 400,
    message: t('缺少幂等键', 'The Idempotency-Key header is missing'),
    hint: t(
      '每个修改请求都需带上唯一的 Idempotency-Key 头。',
      'Send a unique Idempotency-Key header with every change.',
    ),
  },
  'idempotency.keyReused': {
    status: 422,
    message: t('幂等键已用于另一个请求', 'The idempotency key was used for another request'),
    hint: t('新的请求请使用新的幂等键。', 'Use a new key for a new request.'),
  },
  'idempotency.inProgress': {
    status: 409,
    message: t('相同的请求正在处理', 'The same request is still being processed'),
    hint: t('请稍后再试。', 'Try again shortly.'),
  },
  'store.locked': {
    status: 503,
    message: t('数据目录已被另一个进程占用', 'Another process holds the data directory'),
    hint: t(
      '请停止另一个服务进程，或改用 PostgreSQL 存储以运行多个进程。',
      'Stop the other server process, or use the PostgreSQL store to run several.',
    ),
  },
  'store.unavailable': {
    status: 503,
    message: t('存储暂不可用', 'The store is unavailable'),
    hint: t(
      '请稍后再试；如持续出现请联系运维。',
      'Try again later; tell the operator if it persists.',
    ),
  },
  'store.corrupt': {
    status: 500,
    message: t('存储数据已损坏', 'The stored data is corrupt'),
    hint: t('请联系运维从备份恢复。', 'Ask the operator to restore from a backup.'),
  },
  'store.valueRejected': {
    status: 400,
    message: t('数据无法保存：{reason}', 'The data cannot be stored: {reason}'),
    hint: t(
      '请精简数据（嵌套不超过 {maxDepth} 层，只含 JSON 值）后重试。',
      'Simplify the data (at most {maxDepth} levels deep, JSON values only) and try again.',
    ),
  },
  'store.invalidCommit': {
    status: 500,
    message: t(
      '提交给存储的数据不一致：{reason}',
      'The change sent to the store is inconsistent: {reason}',
    ),
    hint: t(
      '这是服务器程序的错误，请把错误编号告知运维。',
      'This is a bug in the server; give the operator the error id.',
    ),
  },
  'store.writeFailed': {
    status: 503,
    message: t('写入磁盘失败，本次操作未生效', 'Writing to disk failed; nothing was changed'),
    hint: t(
      '请检查数据目录的磁盘空间和权限，然后重试。',
      'Check the disk space and permissions of the data directory, then try again.',
    ),
  },
  'rate.limited': {
    status: 429,
    message: t('请求过于频繁', 'Too many requests'),
    hint: t('请在 {retryAfter} 秒后重试。', 'Try again in {retryAfter} seconds.'),
  },
  'definition.invalid': {
    status: 422,
    message: t('流程定义格式不正确', 'The workflow definition is malformed'),
    hint: t(
      '请按 details.findings 中列出的位置逐项修正。',
      'Fix each place listed in details.findings.',
    ),
  },
  'definition.lintFailed': {
    status: 422,
    message: t('流程定义检查未通过', 'The workflow definition has lint findings'),
    hint: t(
      '请按 details.findings 中的提示修正后再发布。',
      'Fix the findings in details.findings before publishing.',
    ),
  },
  'definition.unreachable': {
    status: 422,
    message: t(
      '流程中有永远无法到达的环节或办理结果：{names}',
      'Some stages or outcomes can never be reached: {names}',
    ),
    hint: t(
      '从其他环节添加通向它们的操作，或删除它们（details.states、details.outcomes 列出了它们），然后再发布。',
      'Add actions that lead to them from other stages, or remove them (details.states and details.outcomes list them), then publish.',
    ),
  },
  'definition.notFound': {
    status: 404,
    message: t('流程定义不存在', 'No such workflow definition'),
    hint: t('请检查流程编号和版本。', 'Check the definition id and version.'),
  },
  'definition.compileFailed': {
    status: 422,
    message: t('流程定义无法编译', 'The workflow definition does not compile'),
    hint: t('请检查：{reason}', 'Check: {reason}'),
  },
  'definition.published': {
    status: 409,
    message: t('已发布的版本不能修改', 'A published version cannot change'),
    hint: t('请编辑草稿并发布新版本。', 'Edit the draft and publish a new version.'),
  },
  'definition.unusableInput': {
    status: 400,
    message: t('无法读取流程定义', 'The workflow definition cannot be read'),
    hint: t('请提供一个 JSON 对象：{reason}', 'Provide one JSON object: {reason}'),
  },
  'form.invalid': {
    status: 422,
    message: t('表单填写有误', 'The form has errors'),
    hint: t('请按 details.issues 修改对应字段。', 'Correct the fields listed in details.issues.'),
  },
  'form.notFound': {
    status: 422,
    message: t('流程引用了不存在的表单 {form}', 'The workflow names an unknown form {form}'),
    hint: t('请在流程定义的 forms 中添加该表单。', 'Add the form to the definition’s forms.'),
  },
  'form.schemaRejected': {
    status: 422,
    message: t('表单结构未通过发布检查', 'The form schema failed the publish checks'),
    hint: t(
      '请按 details.findings 修正表单结构。',
      'Fix the schema as listed in details.findings.',
    ),
  },
  'pii.forbidden': {
    status: 403,
    message: t('无权查看个人信息', 'You may not see this personal data'),
    hint: t(
      '只有办理该案件的人员可以查看完整个人信息。',
      'Only those who work the case may see personal data unmasked.',
    ),
  },
  'pii.reasonRequired': {
    status: 422,
    message: t('查看个人信息需填写理由', 'Viewing personal data needs a reason'),
    hint: t('请填写查看理由，该操作将记入审计日志。', 'Give a reason; the view is audited.'),
  },
  'calendar.invalidDate': {
    status: 400,
    message: t('日期格式不正确：{value}', 'Invalid date: {value}'),
    hint: t('请使用 YYYY-MM-DD 格式。', 'Use the YYYY-MM-DD format.'),
  },
  'request.jsonTooDeep': {
    status: 400,
    message: t('JSON 嵌套超过 {limit} 层', 'The JSON nests deeper than {limit} levels'),
    hint: t('请把数据拍平后重试。', 'Flatten the data and try again.'),
  },
  'request.jsonTooLarge': {
    status: 400,
    message: t('JSON 中 {path} 处的字符串或数组过长', 'A string or array at {path} is too long'),
    hint: t(
      '字符串不超过 {maxString} 个字符，数组不超过 {maxArray} 项。',
      'Keep strings under {maxString} characters and arrays under {maxArray} items.',
    ),
  },
  'request.forbiddenKey': {
    status: 400,
    message: t('JSON 含有不允许的键 {key}', 'The JSON contains the forbidden key {key}'),
    hint: t(
      '请去掉 __proto__、constructor、prototype 等键。',
      'Remove keys such as __proto__, constructor and prototype.',
    ),
  },
  'auth.tokenExpired': {
    status: 401,
    message: t('登录凭证已过期', 'The sign-in token has expired'),
    hint: t('请重新登录。', 'Sign in again.'),
  },
  'auth.algorithmNotAllowed': {
    status: 401,
    message: t(
      '登录凭证的签名算法不被接受',
      'The token is signed with an algorithm that is not accepted',
    ),
    hint: t(
      '请使用服务器配置的算法签发令牌。',
      'Issue tokens with the algorithm the server is configured for.',
    ),
  },
  'auth.audienceMismatch': {
    status: 401,
    message: t('登录凭证的受众 (aud) 不符', 'The token audience (aud) does not match'),
    hint: t('请为本服务签发令牌。', 'Issue the token for this service’s audience.'),
  },
  'auth.issuerMismatch': {
    status: 401,
    message: t('登录凭证的签发者 (iss) 不符', 'The token issuer (iss) does not match'),
    hint: t('请使用受信任的签发者。', 'Use the trusted issuer.'),
  },
  'auth.tokenLifetimeTooLong': {
    status: 401,
    message: t(
      '登录凭证有效期超过 {maxMinutes} 分钟',
      'The token lives longer than {maxMinutes} minutes',
    ),
    hint: t('请签发有效期更短的令牌。', 'Issue tokens with a shorter lifetime.'),
  },
  'auth.userUnknown': {
    status: 401,
    message: t('用户不存在', 'Unknown user'),
    hint: t('请联系县级管理员开通账号。', 'Ask the county admin for an account.'),
  },
  'case.areaUnknown': {
    status: 422,
    message: t('区域 {areaId} 不存在', 'Unknown area {areaId}'),
    hint: t('请从本县的区域中选择。', 'Choose one of the county’s areas.'),
  },
  'template.notFound': {
    status: 404,
    message: t('模板 {templateId} 不存在', 'No template {templateId}'),
    hint: t('请从模板列表中选择。', 'Choose one from the template list.'),
  },
  'county.notFound': {
    status: 404,
    message: t('县 {countyId} 不存在', 'No county {countyId}'),
    hint: t('请检查县编号。', 'Check the county id.'),
  },
  'attachment.tooLarge': {
    status: 413,
    message: t('附件超过 {limit} 字节', 'The attachment exceeds {limit} bytes'),
    hint: t('请压缩或拆分文件。', 'Compress or split the file.'),
  },
  'attachment.typeNotAllowed': {
    status: 415,
    message: t(
      '不接受 {contentType} 类型的附件',
      'Attachments of type {contentType} are not accepted',
    ),
    hint: t('允许的类型：{allowed}。', 'Allowed types: {allowed}.'),
  },
  'attachment.nameInvalid': {
    status: 400,
    message: t('附件名不合法', 'The attachment name is not allowed'),
    hint: t(
      '请使用不含路径分隔符和控制字符、不超过 200 字符的文件名。',
      'Use a file name of at most 200 characters without path separators or control characters.',
    ),
  },
  'attachment.notFound': {
    status: 404,
    message: t('附件不存在', 'No such attachment'),
    hint: t('请检查附件编号。', 'Check the attachment id.'),
  },
  'webhook.urlInvalid': {
    status: 400,
    message: t('Webhook 地址须为 http(s) 地址', 'The webhook URL must be an http(s) URL'),
    hint: t('请填写完整的地址。', 'Give a full URL.'),
  },
  'webhook.notFound': {
    status: 404,
    message: t('Webhook 不存在', 'No such webhook'),
    hint: t('请检查编号。', 'Check the id.'),
  },
  'public.countyUnknown': {
    status: 404,
    message: t('没有找到这个县（区）的群众反映入口', 'This county has no public reporting page'),
    hint: t(
      '请重新扫描张贴的二维码，或向当地网格员、派出所询问正确的地址。',
      'Scan the posted QR code again, or ask your grid member or police station for the right address.',
    ),
  },
  'public.caseTypeClosed': {
    status: 404,
    message: t('这类事项暂不接受网上反映', 'This kind of matter cannot be reported online yet'),
    hint: t(
      '请拨打当地服务热线，或直接联系网格员、社区民警。',
      'Call the local service hotline, or contact your grid member or community police officer.',
    ),
  },
  'public.areaUnknown': {
    status: 422,
    message: t('所选的地点不在本县（区）范围内', 'The chosen place is not in this county'),
    hint: t(
      '请从列表中重新选择所在的村（社区）或网格。',
      'Choose your village, community or grid from the list again.',
    ),
  },
  'public.rateLimited': {
    status: 429,
    message: t('提交太频繁了', 'Too many submissions'),
    hint: t('请在 {retryAfter} 秒后再试。', 'Please try again in {retryAfter} seconds.'),
  },
  'public.rejected': {
    status: 400,
    message: t('这次提交没有被接受', 'This submission was not accepted'),
    hint: t('请刷新页面后重新填写并提交。', 'Reload the page, fill in the form again and submit.'),
  },
  'public.duplicate': {
    status: 409,
    message: t('相同的内容刚刚已经收到', 'We have just received the same report'),
    hint: t(
      '不必重复提交；请用上次提交后得到的查询码和密码查看办理进度。',
      'No need to send it again: use the tracking code and secret you got last time to follow it.',
    ),
  },
  'public.uploadTooLarge': {
    status: 413,
    message: t(
      '照片太大了（不能超过 {limitMb} MB）',
      'The photo is too large (at most {limitMb} MB)',
    ),
    hint: t('请缩小照片，或换一张再上传。', 'Make the photo smaller, or choose another one.'),
  },
  'public.uploadTypeNotAllowed': {
    status: 415,
    message: t(
      '只能上传 JPG、PNG 或 WebP 格式的照片',
      'Only JPG, PNG or WebP photos can be uploaded',
    ),
    hint: t(
      '请换一张照片，或用手机相机重新拍摄。',
      'Choose another photo, or take one with your phone camera.',
    ),
  },
  'public.uploadUnknown': {
    status: 422,
    message: t('照片已过期或不存在', 'A photo has expired or was not found'),
    hint: t(
      '照片上传后须在 1 小时内提交；请重新上传照片后再提交。',
      'Photos must be submitted within an hour of uploading: upload them again, then submit.',
    ),
  },
  'public.tooManyPhotos': {
    status: 422,
    message: t('照片太多了（最多 {max} 张）', 'Too many photos (at most {max})'),
    hint: t('请只保留最能说明情况的几张。', 'Keep only the photos that show the matter best.'),
  },
  'public.trackingNotFound': {
    status: 404,
    message: t('查询码或密码不正确', 'The tracking code or secret is not right'),
    hint: t(
      '请核对提交后得到的查询码和密码。',
      'Check the tracking code and secret you got when you submitted.',
    ),
  },
  'public.ratingNotAllowed': {
    status: 409,
    message: t('现在不能评价', 'You cannot rate this now'),
    hint: t(
      '办结后才能评价，每件事只能评价一次。',
      'You can rate once the matter is closed, and only once.',
    ),
  },
  'migration.versionsInvalid': {
    status: 422,
    message: t(
      '迁移需要同一流程的两个不同的已发布版本（从第 {fromVersion} 版到第 {toVersion} 版）',
      'A migration needs two different published versions of one workflow (from {fromVersion} to {toVersion})',
    ),
    hint: t(
      '请选择案件现在所在的版本和要迁移到的新版本。',
      'Choose the version the cases run on now and the version to move them to.',
    ),
  },
  'migration.planInvalid': {
    status: 422,
    message: t('迁移方案有 {count} 处错误', 'The migration plan has {count} problems'),
    hint: t(
      '请按 details.issues 中的位置逐项修正方案。',
      'Fix the plan at each place listed in details.issues.',
    ),
  },
  'migration.planIncomplete': {
    status: 422,
    message: t(
      '迁移方案不完整：{count} 个环节没有对应的新环节，其中有 {cases} 个办理中的案件',
      'The migration plan is incomplete: {count} stages have no stage in the new version, holding {cases} running cases',
    ),
    hint: t(
      '请在 states 中为 details.unmapped 列出的每个环节写一个新环节。',
      'Add a stage of the new version to states for each stage in details.unmapped.',
    ),
  },
  'migration.planConflict': {
    status: 409,
    message: t(
      '迁移方案 {planId} 已用不同的内容执行过',
      'Migration plan {planId} was already applied with other contents',
    ),
    hint: t(
      '修改后的方案请换一个新的 id；原方案可以原样重新执行以继续。',
      'Give a changed plan a new id; the original plan may be applied again as it is to continue.',
    ),
  },
  'migration.notFound': {
    status: 404,
    message: t('没有迁移 {planId}', 'No migration {planId}'),
    hint: t('请检查方案 id 和流程编号。', 'Check the plan id and the definition id.'),
  },
  'migration.stateUnmapped': {
    status: 422,
    message: t(
      '案件所在环节“{title}”（{state}）在方案中没有对应的新环节',
      'The case sits in stage "{title}" ({state}), which the plan does not map',
    ),
    hint: t(
      '请在方案的 states 中为该环节写一个新环节。',
      'Map that stage to a stage of the new version in the plan’s states.',
    ),
  },
  'migration.regionsConflict': {
    status: 422,
    message: t(
      '案件的并行环节 {states} 对应到新版本中不能同时所在的环节 {targets}',
      'The case’s parallel stages {states} map to stages of the new version it cannot be in together: {targets}',
    ),
    hint: t(
      '请把这些环节对应到同一个新环节，或新版本中一个并行环节的不同分支。',
      'Map them to one stage of the new version, or to different regions of one parallel stage.',
    ),
  },
  'migration.fieldOccupied': {
    status: 422,
    message: t(
      '字段“{from}”不能移到“{to}”：案件在那里已有数据',
      'Field "{from}" cannot move to "{to}": the case already has data there',
    ),
    hint: t(
      '请另选目标字段，或让该案件按原版本办结。',
      'Choose another target field, or let the case finish on its old version.',
    ),
  },
  'migration.requiredDataMissing': {
    status: 422,
    message: t(
      '新环节“{title}”（{state}）需要的数据 {fields} 该案件没有',
      'The new stage "{title}" ({state}) needs data the case lacks: {fields}',
    ),
    hint: t(
      '请把案件对应到不需要这些数据的环节，或让它按原版本办结。',
      'Map the case to a stage that does not need this data, or let it finish on its old version.',
    ),
  },
  'internal.unexpected': {
    status: 500,
    message: t('服务器内部错误', 'Internal error'),
    hint: t(
      '请稍后重试；如持续出现请把错误编号告知运维。',
      'Try again later; if it persists, give the operator the error id.',
    ),
  },
};

/**
 * Whether a string is a catalog code (for codes arriving from the wire).
 *
 * @example
 * ```ts
 * isErrorCode('case.notFound'); // true
 * ```
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOG, value);
}
