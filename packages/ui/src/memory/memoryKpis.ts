import type { HistoryEntry } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import type { KpiReport } from '../client/types';
import type { StoredCase } from './createMemoryClient';

/**
 * Rough key figures over the cases in memory, for demos: a case closed without a breach
 * counts as on time; satisfaction is the share of closed cases whose data says `satisfied`.
 */
export function memoryKpis(
  cases: readonly StoredCase[],
  areaNames: Map<string, LocalizedText>,
  now: Date,
): KpiReport {
  const nowIso = now.toISOString();
  const breached = (h: HistoryEntry[]) => h.some((e) => e.action.startsWith('deadline'));
  const closed = cases.filter((c) => c.record.status === 'done');
  const overdue = (c: StoredCase) =>
    c.record.status === 'active' &&
    c.record.deadlines.some((d) => d.kind === 'breach' && d.dueAt < nowIso);
  const rate = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const satisfied = closed.filter((c) => c.record.context.data.satisfied === true).length;
  const byArea = new Map<string, StoredCase[]>();
  const byMonth = new Map<string, StoredCase[]>();
  for (const c of cases) {
    const area = c.record.areaPath[1] ?? c.record.areaPath[0] ?? '';
    byArea.set(area, [...(byArea.get(area) ?? []), c]);
    const month = c.record.createdAt.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), c]);
  }
  const onTime = (list: StoredCase[]) => {
    const done = list.filter((c) => c.record.status === 'done');
    return rate(done.filter((c) => !breached(c.history)).length, done.length);
  };
  return {
    totals: {
      cases: cases.length,
      closed: closed.length,
      overdue: cases.filter(overdue).length,
      onTimeRate: onTime([...cases]),
      satisfactionRate: rate(satisfied, closed.length),
    },
    byArea: [...byArea].map(([areaId, list]) => ({
      areaId,
      name: areaNames.get(areaId) ?? { 'zh-CN': areaId, en: areaId },
      cases: list.length,
      overdue: list.filter(overdue).length,
      onTimeRate: onTime(list),
    })),
    trend: [...byMonth]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([period, list]) => ({
        period,
        opened: list.length,
        closed: list.filter((c) => c.record.status === 'done').length,
        onTimeRate: onTime(list),
      })),
  };
}
