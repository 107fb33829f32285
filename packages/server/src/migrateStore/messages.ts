import type { Locale } from '@gridcase/forms';
import { createTranslator, defineMessages, type Translator } from '@gridcase/forms/i18n';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** What `gridcase migrate-store` says, zh-CN first. */
export const migrateMessages = defineMessages({
  'migrate.description': t(
    '把一个存储（如 lowdb 数据目录）完整迁移到 PostgreSQL；可中断后续跑，结束时核对数量与审计链',
    'Move a whole store (e.g. a lowdb data directory) to PostgreSQL; resumable; verifies counts and the audit chain at the end',
  ),
  'migrate.from': t(
    '源存储，如 lowdb:/var/lib/gridcase',
    'source store, e.g. lowdb:/var/lib/gridcase',
  ),
  'migrate.to': t('目标数据库（默认 $DATABASE_URL）', 'target database (default $DATABASE_URL)'),
  'migrate.batch': t('每个事务迁移的案件数', 'cases per transaction'),
  'migrate.lang': t('输出语言：zh-CN 或 en', 'output language: zh-CN or en'),
  'migrate.noTarget': t(
    '缺少目标：请用 --to 指定 PostgreSQL 地址或设置 DATABASE_URL',
    'No target: pass --to with a PostgreSQL URL or set DATABASE_URL',
  ),
  'migrate.notPostgres': t(
    '目标必须是 PostgreSQL 地址：{to}',
    'The target must be a PostgreSQL URL: {to}',
  ),
  'migrate.start': t('迁移 {from} → {to}', 'Migrating {from} → {to}'),
  'migrate.resumed': t('从上次的检查点继续', 'Continuing from the last checkpoint'),
  'migrate.phase.tenants': t('县、用户、流程', 'counties, users, workflows'),
  'migrate.phase.cases': t('案件', 'cases'),
  'migrate.phase.deadlines': t('时限', 'deadlines'),
  'migrate.phase.outbox': t('待发通知', 'pending notifications'),
  'migrate.phase.idempotency': t('幂等记录', 'idempotency records'),
  'migrate.phase.audit': t('审计链', 'audit chain'),
  'migrate.phase.verify': t('核对', 'verifying'),
  'migrate.count': t(
    '{what}：源 {source}，目标 {target}{mark}',
    '{what}: source {source}, target {target}{mark}',
  ),
  'migrate.auditOk': t(
    '审计链完整：{count} 条，链头 {hash}',
    'Audit chain intact: {count} entries, head {hash}',
  ),
  'migrate.auditBroken': t(
    '审计链在第 {seq} 条断开（{reason}）',
    'Audit chain broken at entry {seq} ({reason})',
  ),
  'migrate.done': t(
    '迁移完成并已核对：本次迁移 {copied} 个案件',
    'Migration done and verified: {copied} cases copied by this run',
  ),
  'migrate.mismatch': t(
    '核对未通过：请检查上面的差异后重新运行（已迁移的部分不会重复）',
    'Verification failed: check the differences above and run again (copied parts are not duplicated)',
  ),
  'migrate.failed': t(
    '迁移中断：{reason}。重新运行同一命令会从上次提交的批次继续',
    'Migration stopped: {reason}. Run the same command again to continue after the last committed batch',
  ),
});

/**
 * The migrate-store translator for a locale.
 *
 * @example
 * ```ts
 * migrateTranslator('en')('migrate.phase.cases'); // 'cases'
 * ```
 */
export function migrateTranslator(locale: Locale): Translator<keyof typeof migrateMessages> {
  return createTranslator(locale, migrateMessages);
}
