import type { Locale } from '@gridcase/forms';
import { createTranslator, defineMessages, type Translator } from '@gridcase/forms/i18n';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** What `gridcase migrate-cases` says, zh-CN first. */
export const migrateCasesMessages = defineMessages({
  'cases.description': t(
    '把办理中的案件从流程的一个已发布版本迁移到另一个版本（先 --dry-run 预演）',
    'Move running cases from one published version of a workflow to another (dry-run first with --dry-run)',
  ),
  'cases.county': t('县编号', 'county id'),
  'cases.definition': t('流程编号', 'definition id'),
  'cases.from': t('案件现在所在的版本', 'the version the cases run on'),
  'cases.to': t('要迁移到的版本', 'the version to move them to'),
  'cases.plan': t('迁移方案（JSON 文件）', 'the migration plan (a JSON file)'),
  'cases.dryRun': t('只预演，不写入任何数据', 'only predict; write nothing'),
  'cases.as': t(
    '记作执行人的用户编号（默认 cli）',
    'user id recorded as who migrated (default cli)',
  ),
  'cases.batch': t('每批迁移的案件数（默认 100）', 'cases per batch (default 100)'),
  'cases.heading': t(
    '{definition}：第 {from} 版 → 第 {to} 版，方案 {plan}',
    '{definition}: version {from} → {to}, plan {plan}',
  ),
  'cases.summary': t(
    '办理中的案件 {total} 个：可迁移 {migratable} 个，不能迁移 {failing} 个',
    '{total} running cases: {migratable} can move, {failing} cannot',
  ),
  'cases.incomplete': t(
    '方案不完整：以下环节没有对应的新环节',
    'The plan is incomplete: these stages have no stage in the new version',
  ),
  'cases.unmapped': t('  {state}（{title}）：{cases} 个案件', '  {state} ({title}): {cases} cases'),
  'cases.group': t(
    '  {from} → {to}：{cases} 个（沿用原环节计时 {kept} 个，重新计时 {restarted} 个）{fields}',
    '  {from} → {to}: {cases} cases ({kept} keep their stage clock, {restarted} restart it){fields}',
  ),
  'cases.fields': t('，移动字段 {moves}', '; fields moved {moves}'),
  'cases.failure': t(
    '  ✗ {message}（{code}）：{cases} 个，如 {ids}',
    '  ✗ {message} ({code}): {cases} cases, e.g. {ids}',
  ),
  'cases.moves': t('迁移方式：', 'How the cases move:'),
  'cases.failures': t(
    '不能迁移的案件（保留在原版本继续办理）：',
    'Cases that cannot move (they stay and run on their version):',
  ),
  'cases.progress': t('迁移中', 'migrating'),
  'cases.resumed': t(
    '继续上次中断的迁移（第 {passes} 轮）',
    'Resuming the interrupted migration (pass {passes})',
  ),
  'cases.done': t(
    '迁移完成：共迁移 {migrated} 个，本轮跳过已迁移的 {skipped} 个，不能迁移 {failed} 个',
    'Migration done: {migrated} migrated in all, {skipped} found already migrated in this pass, {failed} cannot move',
  ),
  'cases.stopped': t(
    '迁移中断：{reason}。重新运行同一命令会从中断处继续，已迁移的案件不会重复迁移',
    'Migration stopped: {reason}. Run the same command again to continue; migrated cases are not migrated twice',
  ),
});

/**
 * The migrate-cases translator for a locale.
 *
 * @example
 * ```ts
 * migrateCasesTranslator('en')('cases.progress'); // 'migrating'
 * ```
 */
export function migrateCasesTranslator(
  locale: Locale,
): Translator<keyof typeof migrateCasesMessages> {
  return createTranslator(locale, migrateCasesMessages);
}
