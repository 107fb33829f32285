import { defineMessages } from '@gridcase/forms/i18n';

export const migrationMessages = defineMessages({
  'migration.title': {
    'zh-CN': '迁移预演：{definition} 第 {from} 版 → 第 {to} 版',
    en: 'Migration dry run: {definition} version {from} → {to}',
  },
  'migration.plan': { 'zh-CN': '方案：{plan}（按 {at} 计算）', en: 'Plan: {plan} (as of {at})' },
  'migration.total': { 'zh-CN': '办理中的案件', en: 'Running cases' },
  'migration.migratable': { 'zh-CN': '可迁移', en: 'Can move' },
  'migration.failing': { 'zh-CN': '不能迁移', en: 'Cannot move' },
  'migration.incomplete': {
    'zh-CN':
      '方案不完整：{count} 个环节没有对应的新环节，其中有 {cases} 个办理中的案件。补全方案后才能执行迁移。',
    en: 'The plan is incomplete: {count} stages have no stage in the new version, holding {cases} running cases. Complete the plan before applying it.',
  },
  'migration.unmappedRow': {
    'zh-CN': '{title}（{state}）：{cases} 个案件',
    en: '{title} ({state}): {cases} cases',
  },
  'migration.moves': { 'zh-CN': '迁移方式', en: 'How the cases move' },
  'migration.from': { 'zh-CN': '原环节', en: 'Old stage' },
  'migration.to': { 'zh-CN': '新环节', en: 'New stage' },
  'migration.cases': { 'zh-CN': '案件数', en: 'Cases' },
  'migration.clock': { 'zh-CN': '时限计时', en: 'Deadline clock' },
  'migration.clockValue': {
    'zh-CN': '沿用原环节 {kept} 个，重新计时 {restarted} 个',
    en: '{kept} keep the old stage’s clock, {restarted} restart it',
  },
  'migration.fields': { 'zh-CN': '移动的字段', en: 'Fields moved' },
  'migration.failures': {
    'zh-CN': '不能迁移的案件（保留在原版本继续办理，直至办结）',
    en: 'Cases that cannot move (they keep running on their version until they close)',
  },
  'migration.reason': { 'zh-CN': '原因', en: 'Reason' },
  'migration.caseIds': { 'zh-CN': '案件', en: 'Cases' },
  'migration.details': {
    'zh-CN': '逐案明细（第 {first}–{last} 个，共 {total} 个）',
    en: 'Case by case ({first}–{last} of {total})',
  },
  'migration.case': { 'zh-CN': '案件编号', en: 'Case' },
  'migration.deadline': { 'zh-CN': '新时限', en: 'New deadline' },
  'migration.result': { 'zh-CN': '结果', en: 'Result' },
  'migration.moved': { 'zh-CN': '可迁移', en: 'Moves' },
  'migration.clockKept': { 'zh-CN': '沿用原环节计时', en: 'stage clock kept' },
  'migration.apply': { 'zh-CN': '执行迁移', en: 'Apply the migration' },
  'migration.progress': {
    'zh-CN': '已迁移 {migrated} 个，跳过已迁移的 {skipped} 个，不能迁移 {failed} 个，共 {total} 个',
    en: '{migrated} migrated, {skipped} found already migrated, {failed} cannot move, of {total}',
  },
  'migration.progressLabel': { 'zh-CN': '迁移进度', en: 'Migration progress' },
  'migration.status.running': { 'zh-CN': '正在迁移…', en: 'Migrating…' },
  'migration.status.done': { 'zh-CN': '迁移完成', en: 'Migration done' },
  'migration.status.stopped': {
    'zh-CN': '迁移已中断：{reason}。再次执行会从中断处继续，已迁移的案件不会重复迁移。',
    en: 'Migration stopped: {reason}. Applying again continues where it stopped; migrated cases are not migrated twice.',
  },
  'migration.nothing': { 'zh-CN': '没有办理中的案件需要迁移', en: 'No running cases to move' },
});
