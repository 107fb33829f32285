import type { WorkflowDefinition } from '@gridcase/engine';
import type { LocalizedText } from '@gridcase/forms';
import type { CaseFacts, County } from '../store/types';

/** Key figures of a group of cases. Rates are fractions 0..1 (0 when nothing to count). */
export interface KpiFigures {
  /** Cases opened in the period. */
  cases: number;
  /** Cases closed in the period. */
  closed: number;
  /** 按期办结率: closed in the period without any stage deadline breached. */
  onTimeRate: number;
  /** 满意率: satisfied (or basically satisfied, or 4-5 of 5) among visits recorded. */
  satisfactionRate: number;
  /** 化解率: closed with an outcome the definition counts as resolved. */
  resolutionRate: number;
  /** 超期数: open cases past a breach deadline now. */
  overdue: number;
  /** 督办数: cases supervised at least once. */
  supervised: number;
}

export interface KpiReport {
  from?: string;
  to?: string;
  totals: KpiFigures;
  byArea: Array<KpiFigures & { areaId: string; name: LocalizedText }>;
  byAgency: Array<KpiFigures & { agency: string; name: LocalizedText }>;
  /** Per month (Beijing time) of opening, oldest first. */
  trend: Array<KpiFigures & { period: string; opened: number }>;
}

/**
 * What the computation needs to know about one case: the store's key-figure facts
 * (`CaseStore.caseFacts`: a projection of the record, whether a stage deadline was ever
 * breached, whether it is overdue now) and its pinned definition.
 */
export interface KpiCase extends CaseFacts {
  definition: WorkflowDefinition;
}

const within = (iso: string | undefined, from?: string, to?: string) =>
  iso !== undefined && (!from || iso >= from) && (!to || iso < to);

function satisfied(value: unknown): boolean | undefined {
  if (value === 'satisfied' || value === 'basicallySatisfied') return true;
  if (value === 'dissatisfied') return false;
  if (typeof value === 'number') return value >= 4;
  return undefined;
}

function figures(cases: KpiCase[], from?: string, to?: string): KpiFigures {
  const opened = cases.filter((c) => within(c.record.createdAt, from, to));
  const closed = cases.filter(
    (c) => c.record.status === 'done' && within(c.record.closedAt, from, to),
  );
  const visits = closed
    .map((c) => satisfied(c.record.context.data.satisfaction))
    .filter((v) => v !== undefined);
  const resolved = closed.filter((c) => {
    const outcome = c.record.context.outcome;
    return outcome !== undefined && c.definition.outcomes?.[outcome]?.resolved === true;
  });
  const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 10_000) / 10_000);
  return {
    cases: opened.length,
    closed: closed.length,
    onTimeRate: rate(closed.filter((c) => !c.breached).length, closed.length),
    satisfactionRate: rate(visits.filter(Boolean).length, visits.length),
    resolutionRate: rate(resolved.length, closed.length),
    overdue: cases.filter((c) => c.overdueNow).length,
    supervised: opened.filter((c) => c.record.context.supervision > 0).length,
  };
}

const monthOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);

function groupBy<K>(cases: KpiCase[], keys: (c: KpiCase) => K[]): Map<K, KpiCase[]> {
  const groups = new Map<K, KpiCase[]>();
  for (const c of cases)
    for (const key of keys(c)) groups.set(key, [...(groups.get(key) ?? []), c]);
  return groups;
}

/**
 * Computes the key figures counties are appraised on, in total, by area (one level below
 * `areaDepth`), by co-handling agency and by month. Pure: the caller loads the cases (already
 * confined to the caller's scope) and says which ones ever breached a deadline.
 *
 * @example
 * ```ts
 * const report = computeKpis(cases, county, { from: '2026-01-01', to: '2026-04-01', areaDepth: 1 });
 * report.totals.onTimeRate; // 0.92
 * ```
 */
export function computeKpis(
  cases: KpiCase[],
  county: County,
  options: { from?: string; to?: string; areaDepth: number },
): KpiReport {
  const { from, to, areaDepth } = options;
  const areaName = (id: string) =>
    county.areas.find((a) => a.id === id)?.name ?? { 'zh-CN': id, en: id };
  const agencyName = (id: string) =>
    county.agencies.find((a) => a.id === id)?.name ?? { 'zh-CN': id, en: id };
  const byArea = groupBy(cases, (c) => {
    const id = c.record.areaPath[areaDepth];
    return id ? [id] : [];
  });
  const byAgency = groupBy(cases, (c) => [
    ...new Set(c.record.context.coHandlers.map((h) => h.agency)),
  ]);
  const byMonth = groupBy(
    cases.filter(
      (c) => within(c.record.createdAt, from, to) || within(c.record.closedAt, from, to),
    ),
    (c) => [
      ...new Set([
        monthOf(c.record.createdAt),
        ...(c.record.closedAt ? [monthOf(c.record.closedAt)] : []),
      ]),
    ],
  );
  return {
    from,
    to,
    totals: figures(cases, from, to),
    byArea: [...byArea]
      .map(([areaId, group]) => ({ areaId, name: areaName(areaId), ...figures(group, from, to) }))
      .sort((a, b) => a.areaId.localeCompare(b.areaId)),
    byAgency: [...byAgency]
      .map(([agency, group]) => ({ agency, name: agencyName(agency), ...figures(group, from, to) }))
      .sort((a, b) => a.agency.localeCompare(b.agency)),
    trend: [...byMonth]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, group]) => {
        const start = `${period}-01T00:00:00+08:00`;
        const [y, m] = period.split('-').map(Number) as [number, number];
        const end = new Date(Date.UTC(y, m, 1) - 8 * 3600_000).toISOString();
        const f = figures(group, new Date(start).toISOString(), end);
        return { period, opened: f.cases, ...f };
      }),
  };
}
