import { localize } from '@gridcase/forms/i18n';
import type { Services } from '../app/services';
import { toSummary } from '../cases/caseView';
import { CaseFilterProperties, toStoreQuery } from '../cases/listQuery';
import { translatorFor } from '../i18n/translate';
import { maskCaseData } from '../pii/maskCaseData';
import { defineRoute, type Route } from '../routes/defineRoute';
import { Obj } from '../routes/schemas';
import { toCsv } from './csv';

/** The most rows one export holds. */
export const EXPORT_MAX_ROWS = 50_000;

const COLUMNS = [
  'id',
  'caseType',
  'definition',
  'title',
  'area',
  'stages',
  'status',
  'outcome',
  'assignee',
  'dueAt',
  'overdue',
  'supervision',
  'createdAt',
  'updatedAt',
  'closedAt',
  'data',
] as const;

/**
 * `GET /export/cases.csv`: the case ledger (台账) of the caller's areas with the list filters,
 * personal data masked like every list, audited (who, filters, row count) and rate-limited.
 *
 * @example
 * ```ts
 * registerRoutes(app, exportRoutes(services), services);
 * ```
 */
export function exportRoutes(services: Services): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/export/cases.csv',
      operationId: 'exportCasesCsv',
      summary: 'The case ledger as CSV (UTF-8 with BOM), personal data masked; audited',
      tags: ['cases'],
      rateLimit: 'exports',
      query: Obj(CaseFilterProperties),
      responses: { 200: { description: 'CSV', contentType: 'text/csv' } },
      handler: async (c, { query, session }) => {
        const locale = c.get('locale');
        const t = translatorFor(locale);
        const now = services.clock.now();
        const store = { ...toStoreQuery(query, session, now), offset: 0, limit: EXPORT_MAX_ROWS };
        const page = await services.store.listCases(store);
        const names = new Map(session.county.areas.map((a) => [a.id, localize(a.name, locale)]));
        const rows = await Promise.all(
          page.items.map(async (record) => {
            const pinned = await services.definitions.get(
              record.countyId,
              record.definition.id,
              record.definition.version,
            );
            const s = toSummary(record, pinned, session.county, now);
            return [
              s.id,
              s.caseType,
              `${localize(s.definition.title, locale)} v${s.definition.version}`,
              s.title,
              record.areaPath.map((id) => names.get(id) ?? id).join(' / '),
              s.stages.map((stage) => localize(stage.title, locale)).join('; '),
              t(s.status === 'active' ? 'csv.active' : 'csv.done'),
              s.outcome
                ? localize(
                    pinned.definition.outcomes?.[s.outcome]?.title ?? {
                      'zh-CN': s.outcome,
                      en: s.outcome,
                    },
                    locale,
                  )
                : '',
              s.assignee?.role
                ? localize(
                    session.county.roles[s.assignee.role]?.title ?? {
                      'zh-CN': s.assignee.role,
                      en: s.assignee.role,
                    },
                    locale,
                  )
                : '',
              s.dueAt,
              t(s.overdue ? 'csv.yes' : 'csv.no'),
              s.supervision,
              s.createdAt,
              s.updatedAt,
              s.closedAt,
              maskCaseData(pinned.definition, record.context.data),
            ];
          }),
        );
        await services.store.appendAudit([
          {
            at: now.toISOString(),
            countyId: session.county.id,
            actor: { userId: session.user.id },
            action: 'export.csv',
            detail: { filters: query, rows: rows.length, total: page.total },
          },
        ]);
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header(
          'Content-Disposition',
          `attachment; filename="cases-${now.toISOString().slice(0, 10)}.csv"`,
        );
        return c.body(
          toCsv(
            COLUMNS.map((col) => t(`csv.${col}`)),
            rows,
          ),
        );
      },
    }),
  ];
}
