import type { LocalizedText } from '@gridcase/forms';

/** How bad a finding is. Both kinds fail `gridcase-engine lint` and the publish gate. */
export type LintSeverity = 'error' | 'warning';

interface LintCodeSpec {
  severity: LintSeverity;
  message: LocalizedText;
  hint: LocalizedText;
}

const spec = (
  severity: LintSeverity,
  message: [string, string],
  hint: [string, string],
): LintCodeSpec => ({
  severity,
  message: { 'zh-CN': message[0], en: message[1] },
  hint: { 'zh-CN': hint[0], en: hint[1] },
});

/** Every lint code, stable forever, with its severity, message and fix hint (zh-CN + en). */
export const LINT_CODES = {
  'schema.invalid': spec(
    'error',
    ['定义格式错误：{detail}', 'Malformed definition: {detail}'],
    ['按 definition.schema.json 修正此处。', 'Fix this place to fit definition.schema.json.'],
  ),
  'compile.failed': spec(
    'error',
    ['流程无法编译：{detail}', 'The workflow does not compile: {detail}'],
    ['检查状态名称、目标和 initial 设置。', 'Check state names, targets and initial states.'],
  ),
  'machine.noStages': spec(
    'error',
    ['流程没有任何环节', 'The workflow has no stages'],
    [
      '在 machine.states 中添加环节（至少一个起始环节和一个终结环节），并用 initial 指向起始环节。',
      'Add stages under machine.states (at least a first stage and a final one) and name the first in `initial`.',
    ],
  ),
  'state.unreachable': spec(
    'error',
    ['环节“{state}”永远无法到达', 'Stage "{state}" can never be reached'],
    [
      '从其他环节添加一个指向它的操作，或删除它。',
      'Add an action that leads to it from another stage, or remove it.',
    ],
  ),
  'outcome.unreachable': spec(
    'error',
    [
      '办理结果“{outcome}”永远不会出现：没有能到达的终结环节以它结束',
      'Outcome "{outcome}" can never happen: no reachable final stage ends with it',
    ],
    [
      '让一个能到达的终结环节以它结束（meta.outcome），或从 outcomes 中删除它。',
      'End a reachable final stage with it (meta.outcome), or remove it from `outcomes`.',
    ],
  ),
  'state.deadEnd': spec(
    'error',
    ['环节“{state}”不是终结环节，却没有出路', 'Stage "{state}" is not final but has no way out'],
    [
      '添加一个离开它的操作，或把它设为终结环节（type: "final"）。',
      'Add an action that leaves it, or make it final (type: "final").',
    ],
  ),
  'initial.missing': spec(
    'error',
    ['复合环节“{state}”没有 initial', 'Compound stage "{state}" has no initial stage'],
    [
      '添加 initial，指向其子环节之一：{children}。',
      'Add `initial` naming one of its children: {children}.',
    ],
  ),
  'initial.unknown': spec(
    'error',
    ['initial 指向不存在的子环节“{target}”', 'initial names an unknown child "{target}"'],
    ['改为其子环节之一：{children}。', 'Use one of its children: {children}.'],
  ),
  'target.unknown': spec(
    'error',
    ['目标环节“{target}”不存在', 'Target "{target}" does not exist'],
    [
      '兄弟环节直接写名称，子环节写“.名称”，其他写“#流程id.路径”。',
      'Name a sibling directly, a child as ".name", anything else as "#machineId.path".',
    ],
  ),
  'guard.unknown': spec(
    'error',
    ['未知的条件“{name}”', 'Unknown guard "{name}"'],
    ['使用条件目录中的名称：{known}。', 'Use a guard from the catalog: {known}.'],
  ),
  'guard.badParams': spec(
    'error',
    ['条件“{name}”的参数有误：{detail}', 'Bad params for guard "{name}": {detail}'],
    ['按条件目录中该条件的参数说明修改。', 'Fix the params as the catalog describes them.'],
  ),
  'action.unknown': spec(
    'error',
    ['未知的动作“{name}”', 'Unknown action "{name}"'],
    ['使用动作目录中的名称：{known}。', 'Use an action from the catalog: {known}.'],
  ),
  'action.badParams': spec(
    'error',
    ['动作“{name}”的参数有误：{detail}', 'Bad params for action "{name}": {detail}'],
    ['按动作目录中该动作的参数说明修改。', 'Fix the params as the catalog describes them.'],
  ),
  'form.unknown': spec(
    'error',
    ['引用了不存在的表单“{form}”', 'Names an unknown form "{form}"'],
    [
      '在 forms 中添加该表单，或改用：{known}。',
      'Add the form to `forms`, or use one of: {known}.',
    ],
  ),
  'form.badSchema': spec(
    'error',
    ['表单“{form}”的结构无法使用：{detail}', 'The schema of form "{form}" is unusable: {detail}'],
    ['{fix}', '{fix}'],
  ),
  'field.unknown': spec(
    'warning',
    ['动作使用的字段“{field}”不在表单“{form}”中', 'Field "{field}" is not in form "{form}"'],
    ['在表单中添加该字段，或改正字段名。', 'Add the field to the form, or correct its name.'],
  ),
  'role.unknown': spec(
    'error',
    ['引用了未定义的角色“{role}”', 'Names an undefined role "{role}"'],
    [
      '在 roles 中定义该角色，或改用：{known}。',
      'Define the role in `roles`, or use one of: {known}.',
    ],
  ),
  'actors.missing': spec(
    'error',
    ['没有规定谁可以执行“{event}”', 'Nobody may take "{event}"'],
    [
      '在操作或其所在环节的 meta.actors 中列出角色和辖区层级。',
      'List roles and area scopes in meta.actors of the action or its stage.',
    ],
  ),
  'title.missing': spec(
    'error',
    ['缺少标题', 'The title is missing'],
    ['添加 meta.title（含 zh-CN 和 en）。', 'Add meta.title with zh-CN and en.'],
  ),
  'title.missingZhCN': spec(
    'error',
    ['缺少中文标题', 'The zh-CN title is missing'],
    ['填写 zh-CN 文字。', 'Fill in the zh-CN text.'],
  ),
  'title.missingEn': spec(
    'error',
    ['缺少英文标题', 'The en title is missing'],
    ['填写 en 文字。', 'Fill in the en text.'],
  ),
  'deadline.onFinal': spec(
    'error',
    ['终结环节“{state}”设置了期限', 'Final stage "{state}" has a deadline'],
    ['删除该期限：案件办结后不再计时。', 'Remove it: nothing is timed once a case is closed.'],
  ),
  'deadline.warnAfterBreach': spec(
    'error',
    [
      '预警（提前 {warnBefore} 天）不早于期限（{within} 天）',
      'The warning ({warnBefore} days before) is not before the deadline ({within} days)',
    ],
    ['让 warnBefore 小于 within。', 'Make warnBefore smaller than within.'],
  ),
  'breach.unknownEvent': spec(
    'error',
    [
      '超期事件“{event}”在环节“{state}”中无人处理',
      'Breach event "{event}" is not handled in stage "{state}"',
    ],
    [
      '在该环节添加此事件的操作，或改用 remind / escalate。',
      'Add a transition for it in the stage, or use remind / escalate.',
    ],
  ),
  'outcome.unknown': spec(
    'error',
    ['未定义的办理结果“{outcome}”', 'Undefined outcome "{outcome}"'],
    ['在 outcomes 中定义它，或改用：{known}。', 'Define it in `outcomes`, or use one of: {known}.'],
  ),
  'transition.duplicate': spec(
    'error',
    ['“{event}”的这个操作与前一个完全相同', 'This "{event}" transition repeats an earlier one'],
    ['删除重复的一项，或给它不同的条件。', 'Remove the duplicate, or give it a different guard.'],
  ),
  'transition.shadowed': spec(
    'error',
    [
      '“{event}”的这个操作永远不会执行：前面有一个无条件的',
      'This "{event}" transition never runs: an earlier one has no guard',
    ],
    [
      '把无条件的一项移到最后，或给前一项加条件。',
      'Move the unguarded one last, or give it a guard.',
    ],
  ),
  'transition.empty': spec(
    'warning',
    [
      '“{event}”的操作既不改变环节也不做任何事',
      'The "{event}" transition neither moves nor does anything',
    ],
    ['添加 target 或 actions，或删除它。', 'Add a target or actions, or remove it.'],
  ),
  'event.reserved': spec(
    'error',
    ['事件名“{event}”为系统保留', 'The event name "{event}" is reserved'],
    [
      '换一个名称（deadline.fire、reopen 和 xstate.* 由引擎使用）。',
      'Choose another name (deadline.fire, reopen and xstate.* belong to the engine).',
    ],
  ),
  'verb.reasonMissing': spec(
    'warning',
    [
      '“{event}”是退回/撤回，却不要求填写理由',
      '"{event}" returns or withdraws without asking for a reason',
    ],
    ['在 meta 中设置 requiresReason: true。', 'Set requiresReason: true in its meta.'],
  ),
  'reopen.notFinal': spec(
    'error',
    ['只有终结环节可以设置重办', 'Only final stages can be reopened'],
    [
      '把 reopen 移到终结环节上，或改用普通操作。',
      'Move reopen to a final stage, or use an ordinary transition.',
    ],
  ),
  'public.formMissing': spec(
    'error',
    ['群众上报渠道引用的表单“{form}”不存在', 'The citizen channel names an unknown form "{form}"'],
    [
      '在 forms 中添加群众上报表单（只放群众能填、应该填的字段），或把 meta.public.form 改为：{known}。',
      'Add the public report form to `forms` (only fields a citizen can and should fill), or set meta.public.form to one of: {known}.',
    ],
  ),
  'public.triageNotInitial': spec(
    'error',
    [
      '群众上报进入的环节“{stage}”不是流程的起始环节“{initial}”',
      'Citizen reports land in "{stage}", which is not the first stage "{initial}"',
    ],
    [
      '群众上报的案件从起始环节开始：把 meta.public.triageStage 设为“{initial}”，或删除它，并让该环节由工作人员分流。',
      'Citizen reports start in the first stage: set meta.public.triageStage to "{initial}" (or remove it) and let staff triage there.',
    ],
  ),
  'public.noReopen': spec(
    'warning',
    [
      '设置了差评重办（评分不高于 {atMost}），但没有任何终结环节可以重办',
      'Low ratings (at most {atMost}) should reopen cases, but no final stage can be reopened',
    ],
    [
      '在办结环节的 meta 中添加 reopen（例如重办到回访或办理环节），或把 meta.public.lowRatingAtMost 设为 0。',
      'Add `reopen` to the meta of the stages that close a case (e.g. back to follow-up or handling), or set meta.public.lowRatingAtMost to 0.',
    ],
  ),
} as const satisfies Record<string, LintCodeSpec>;

/** A stable lint code. */
export type LintCode = keyof typeof LINT_CODES;
