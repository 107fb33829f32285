import { stream } from 'hono/streaming';
import type { Services } from '../app/services';
import { CaseFilterProperties, toStoreQuery } from '../cases/listQuery';
import { translatorFor } from '../i18n/translate';
import { defineRoute, type Route } from '../routes/defineRoute';
import { Obj } from '../routes/schemas';
import type { CaseQuery } from '../store/types';
import { csvHeader, csvLine } from './csv';
import { ledgerRow } from './ledgerRow';

/** The most rows one export holds. */
export const EXPORT_MAX_ROWS = 50_000;
/** Rows read from the store and written out at a time. */
export const EXPORT_PAGE_ROWS = 500;

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
 * Streamed: read from the store and written out {@link EXPORT_PAGE_ROWS} rows at a time (oldest
 * first unless `sort` says otherwise), so memory does not grow with the ledger.
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
        const base: CaseQuery = {
          ...toStoreQuery(query, session, now),
          // a stable order for paging: new cases land after the last page
          sort: query.sort ?? 'createdAt',
          order: query.order ?? (query.sort ? undefined : 'asc'),
        };
        const page = (offset: number) =>
          services.store.listCases({
            ...base,
            offset,
            limit: Math.min(EXPORT_PAGE_ROWS, EXPORT_MAX_ROWS - offset),
          });
        const first = await page(0);
        const rows = Math.min(first.total, EXPORT_MAX_ROWS);
        // audited before the first byte leaves: an export is recorded even if the client stops
        await services.store.appendAudit([
          {
            at: now.toISOString(),
            countyId: session.county.id,
            actor: { userId: session.user.id },
            action: 'export.csv',
            detail: { filters: query, rows, total: first.total },
          },
        ]);
        const row = ledgerRow(services, session, locale, now);
        c.header('Content-Type', 'text/csv; charset=utf-8');
        c.header(
          'Content-Disposition',
          `attachment; filename="cases-${now.toISOString().slice(0, 10)}.csv"`,
        );
        return stream(c, async (out) => {
          await out.write(csvHeader(COLUMNS.map((col) => t(`csv.${col}`))));
          let items = first.items;
          let sent = 0;
          while (items.length > 0 && sent < rows) {
            const lines = await Promise.all(items.slice(0, rows - sent).map(row));
            await out.write(lines.map(csvLine).join(''));
            sent += lines.length;
            if (sent >= rows || items.length < EXPORT_PAGE_ROWS) break;
            items = (await page(sent)).items;
          }
        });
      },
    }),
  ];
}
