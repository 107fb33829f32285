import { Type } from '@sinclair/typebox';
import { areaPathOf } from '../access/scope';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, Id, Obj, OpenObj } from '../routes/schemas';
import { computeKpis, type KpiCase } from './computeKpis';

const DayOrTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:\\d{2}))?$',
  maxLength: 40,
  description: '`YYYY-MM-DD` (a Beijing-time day) or an ISO date-time',
});

/** A day is read in Beijing time; `to` days are inclusive. */
function toInstant(value: string | undefined, end: boolean): string | undefined {
  if (!value) return undefined;
  if (value.length > 10) return new Date(value).toISOString();
  const start = Date.parse(`${value}T00:00:00+08:00`);
  return new Date(end ? start + 86_400_000 : start).toISOString();
}

const Figures = {
  cases: Type.Integer(),
  closed: Type.Integer(),
  onTimeRate: Type.Number(),
  satisfactionRate: Type.Number(),
  resolutionRate: Type.Number(),
  overdue: Type.Integer(),
  supervised: Type.Integer(),
};

/**
 * `GET /kpis`: on-time closure, satisfaction and resolution rates, overdue and supervision
 * counts for the cases in the caller's areas, in total, by area, by co-handling agency and by
 * month.
 *
 * @example
 * ```ts
 * registerRoutes(app, kpiRoutes(services), services);
 * ```
 */
export function kpiRoutes(services: Services): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/kpis',
      operationId: 'kpis',
      summary: 'Key figures for the caller’s areas: totals, by area, by agency, by month',
      tags: ['kpis'],
      query: Obj({
        from: Type.Optional(DayOrTime),
        to: Type.Optional(DayOrTime),
        areaId: Type.Optional(Id),
        caseType: Type.Optional(Id),
      }),
      responses: {
        200: {
          description: 'The report; rates are fractions 0..1',
          schema: OpenObj({
            from: Type.Optional(Type.String()),
            to: Type.Optional(Type.String()),
            totals: OpenObj(Figures),
            byArea: Type.Array(OpenObj({ areaId: Type.String(), name: AnyJson, ...Figures })),
            byAgency: Type.Array(OpenObj({ agency: Type.String(), name: AnyJson, ...Figures })),
            trend: Type.Array(
              OpenObj({ period: Type.String(), opened: Type.Integer(), ...Figures }),
            ),
          }),
        },
      },
      handler: async (c, { query, session }) => {
        const from = toInstant(query.from, false);
        const to = toInstant(query.to, true);
        const nowIso = services.clock.now().toISOString();
        // one store query: the projection key figures read and the history facts, per case
        const facts = await services.store.caseFacts(
          {
            countyId: session.county.id,
            withinAreas: session.areas,
            areaId: query.areaId,
            caseType: query.caseType,
          },
          nowIso,
        );
        const cases: KpiCase[] = await Promise.all(
          facts.map(async (fact) => {
            const pinned = await services.definitions.get(
              fact.record.countyId,
              fact.record.definition.id,
              fact.record.definition.version,
            );
            return { ...fact, definition: pinned.definition };
          }),
        );
        const anchors = query.areaId ? [query.areaId] : session.areas;
        const depths = anchors.map((id) => (areaPathOf(session.county, id)?.length ?? 1) - 1);
        const areaDepth = Math.min(...depths, 3) + 1;
        return c.json(computeKpis(cases, session.county, { from, to, areaDepth }));
      },
    }),
  ];
}
