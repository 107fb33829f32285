import type { Locale, LocalizedText } from '@gridcase/forms';
import { createTranslator, type MessageParams } from '@gridcase/forms/i18n';

interface PlanCodeSpec {
  message: LocalizedText;
  hint: LocalizedText;
}

const spec = (message: [string, string], hint: [string, string]): PlanCodeSpec => ({
  message: { 'zh-CN': message[0], en: message[1] },
  hint: { 'zh-CN': hint[0], en: hint[1] },
});

/** Every code `checkPlan()` reports, stable forever, with its message and fix (zh-CN + en). */
export const PLAN_CODES = {
  'plan.definitionMismatch': spec(
    [
      '迁移方案写给流程“{given}”，不是“{expected}”',
      'The plan is for workflow "{given}", not "{expected}"',
    ],
    [
      '改正 definitionId，或换用这个流程的方案。',
      'Correct definitionId, or use the plan written for this workflow.',
    ],
  ),
  'plan.versionMismatch': spec(
    [
      '方案的 {field} 是 {given}，本次迁移是 {expected}',
      'The plan’s {field} is {given}; this migration uses {expected}',
    ],
    [
      '改正方案中的版本号，或按方案的版本迁移。',
      'Correct the version in the plan, or migrate the versions it names.',
    ],
  ),
  'plan.stateUnknown': spec(
    [
      '旧版本（第 {version} 版）没有环节“{state}”',
      'The old version ({version}) has no stage "{state}"',
    ],
    [
      '左边写旧版本的环节路径，如 mediation 或 mediation.sessions。',
      'Keys name stages of the old version by path, e.g. mediation or mediation.sessions.',
    ],
  ),
  'plan.targetUnknown': spec(
    [
      '“{state}”对应的“{target}”不是新版本（第 {version} 版）的环节',
      '"{state}" maps to "{target}", which is no stage of the new version ({version})',
    ],
    ['右边写新版本的环节路径。', 'Values name stages of the new version by path.'],
  ),
  'plan.targetFinal': spec(
    [
      '“{state}”对应到终结环节“{target}”：迁移不能办结案件',
      '"{state}" maps to the final stage "{target}": a migration cannot close cases',
    ],
    [
      '对应到一个办理中的环节；要办结的案件请按流程办结。',
      'Map it to a stage where cases are handled; close cases through the workflow.',
    ],
  ),
  'plan.stateUnmapped': spec(
    [
      '环节“{title}”（{state}）没有对应的新环节',
      'Stage "{title}" ({state}) has no stage in the new version',
    ],
    [
      '在 states 中为它（或它的上级环节）写一个新环节。',
      'Add it (or a stage containing it) to states with a stage of the new version.',
    ],
  ),
  'plan.fieldInvalid': spec(
    ['字段移动“{from}”→“{to}”无效', 'Moving field "{from}" to "{to}" is not possible'],
    [
      '目标不能与来源相同，也不能在来源之内（或包含来源）。',
      'The target must differ from the source and neither may contain the other.',
    ],
  ),
  'plan.fieldTwice': spec(
    ['字段“{field}”在移动中出现了两次', 'Field "{field}" appears in two moves'],
    [
      '每个字段只移动一次，也只能有一个移动写入同一字段。',
      'Move each field once, and let only one move write a field.',
    ],
  ),
  'plan.fieldUnknown': spec(
    ['旧版本的表单中没有字段“{from}”', 'No form of the old version has field "{from}"'],
    ['检查字段名（区分大小写）。', 'Check the field name (case matters).'],
  ),
  'plan.fieldTargetUnknown': spec(
    ['新版本的表单中没有字段“{to}”', 'No form of the new version has field "{to}"'],
    [
      '移到新版本表单中的字段，否则办理人看不到这些数据。',
      'Move it into a field of a new form, or handlers will not see the data.',
    ],
  ),
  'plan.piiUnmarked': spec(
    [
      '“{from}”中的个人信息将移到未标记为个人信息的“{path}”',
      'Personal data in "{from}" would land in "{path}", which the new version does not mark personal',
    ],
    [
      '在新版本的表单中为该字段加上 x-pii 标记，或移到已标记的字段。',
      'Mark that field x-pii in the new version’s form, or move it into a marked field.',
    ],
  ),
} as const satisfies Record<string, PlanCodeSpec>;

export type PlanCode = keyof typeof PLAN_CODES;

/** One problem with a migration plan: a stable code, where (JSON pointer into the plan), what and how to fix it. */
export interface PlanIssue {
  /** A {@link PlanCode}, or `schema.<keyword>` for a plan that does not fit the schema. */
  code: PlanCode | `schema.${string}`;
  pointer: string;
  message: string;
  hint?: string;
  /** The old state path an issue is about (`plan.stateUnmapped`, `plan.stateUnknown`). */
  state?: string;
}

const catalog: Record<string, LocalizedText> = {};
for (const [code, entry] of Object.entries(PLAN_CODES)) {
  catalog[code] = entry.message;
  catalog[`${code}#hint`] = entry.hint;
}
const translators = {
  'zh-CN': createTranslator('zh-CN', catalog),
  en: createTranslator('en', catalog),
};

/**
 * Builds one plan issue with its message and hint in `locale`.
 *
 * @example
 * ```ts
 * planIssue('plan.fieldTwice', '/fields/1', { field: 'note' }, 'en').message; // 'Field "note" appears in two moves'
 * ```
 */
export function planIssue(
  code: PlanCode,
  pointer: string,
  params: MessageParams,
  locale: Locale,
  state?: string,
): PlanIssue {
  const t = translators[locale];
  const issue: PlanIssue = {
    code,
    pointer,
    message: t(code, params),
    hint: t(`${code}#hint`, params),
  };
  if (state !== undefined) issue.state = state;
  return issue;
}
