import { type CaseRecord, caseDueAt } from '@gridcase/engine';
import { type Static, Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { Obj } from '../routes/schemas';
import type { CaseQuery, Page } from '../store/types';
import type { Session } from '../types';
import { type CaseSummary, toSummary } from './caseView';
import {
  CaseFilterProperties,
  type CaseListQueryInput,
  PagingProperties,
  toStoreQuery,
} from './listQuery';

export const WorklistQuery = Obj({
  scope: Type.Optional(
    Type.Union([Type.Literal('mine'), Type.Literal('role'), Type.Literal('area')], {
      default: 'mine',
    }),
  ),
  ...CaseFilterProperties,
  ...PagingProperties,
});

/**
 * Turns stored records into list rows (each with its own pinned definition's stage titles).
 *
 * @example
 * ```ts
 * const rows = await summarize(services, session, page.items);
 * ```
 */
export async function summarize(
  services: Services,
  session: Session,
  records: CaseRecord[],
): Promise<CaseSummary[]> {
  const now = services.clock.now();
  return Promise.all(
    records.map(async (record) => {
      const pinned = await services.definitions.get(
        record.countyId,
        record.definition.id,
        record.definition.version,
      );
      return toSummary(record, pinned, session.county, now);
    }),
  );
}

/**
 * `GET /cases`: the store filters by the caller's areas before paging.
 *
 * @example
 * ```ts
 * const page = await listSummaries(services, session, { status: 'active', limit: 20 });
 * ```
 */
export async function listSummaries(
  services: Services,
  session: Session,
  input: CaseListQueryInput,
): Promise<Page<CaseSummary>> {
  const page = await services.store.listCases(
    toStoreQuery(input, session, services.clock.now(), services.limits.pageSize),
  );
  return { items: await summarize(services, session, page.items), total: page.total };
}

/** Queries of one role held in some areas, merged (a case has one assignee role, so no overlap). */
async function byRoles(
  services: Services,
  base: CaseQuery,
  session: Session,
): Promise<Page<CaseRecord>> {
  const roles = new Map<string, string[]>();
  for (const r of session.user.roles) roles.set(r.role, [...(roles.get(r.role) ?? []), r.areaId]);
  const offset = base.offset ?? 0;
  const limit = base.limit ?? 50;
  const pages = await Promise.all(
    [...roles].map(([role, areas]) =>
      services.store.listCases({
        ...base,
        assigneeRole: role,
        withinAreas: areas,
        offset: 0,
        limit: offset + limit,
      }),
    ),
  );
  if (pages.length === 1 && pages[0]) {
    return { items: pages[0].items.slice(offset, offset + limit), total: pages[0].total };
  }
  const key = (r: CaseRecord) => caseDueAt(r) ?? '\uffff';
  const merged = pages
    .flatMap((p) => p.items)
    .sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
  return {
    items: merged.slice(offset, offset + limit),
    total: pages.reduce((n, p) => n + p.total, 0),
  };
}

/**
 * `GET /worklist`: `mine` (assigned to the caller), `role` (assigned to a role the caller holds,
 * in the areas where the caller holds it) or `area` (everything open in the caller's areas);
 * active cases, earliest due first unless sorted otherwise.
 *
 * @example
 * ```ts
 * const page = await worklist(services, session, { scope: 'role' });
 * ```
 */
export async function worklist(
  services: Services,
  session: Session,
  input: Static<typeof WorklistQuery>,
): Promise<Page<CaseSummary>> {
  const { scope = 'mine', ...filters } = input;
  const base = toStoreQuery(
    { status: 'active', sort: 'due', ...filters },
    session,
    services.clock.now(),
    services.limits.pageSize,
  );
  const page =
    scope === 'mine'
      ? await services.store.listCases({ ...base, assigneeUserId: session.user.id })
      : scope === 'role'
        ? await byRoles(services, base, session)
        : await services.store.listCases(base);
  return { items: await summarize(services, session, page.items), total: page.total };
}
