import { type Static, Type } from '@sinclair/typebox';
import { Obj } from '../routes/schemas';
import type { CaseQuery } from '../store/types';
import type { Session } from '../types';

const Str = (max = 128) => Type.String({ minLength: 1, maxLength: max });

/** Filters shared by `GET /cases`, `GET /worklist` and `GET /export/cases.csv`. */
export const CaseFilterProperties = {
  caseType: Type.Optional(Str()),
  definitionId: Type.Optional(Str()),
  stage: Type.Optional(Str(256)),
  areaId: Type.Optional(Str()),
  assignee: Type.Optional(
    Type.String({ minLength: 1, maxLength: 128, description: 'A user id, or `me`' }),
  ),
  dueBefore: Type.Optional(Type.String({ format: 'date-time' })),
  overdue: Type.Optional(Type.Boolean()),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'Text over the case id and non-personal fields',
    }),
  ),
  status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('done')])),
  sort: Type.Optional(
    Type.Union([Type.Literal('updatedAt'), Type.Literal('createdAt'), Type.Literal('due')]),
  ),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
};

export const PagingProperties = {
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
};

export const CaseListQuery = Obj({ ...CaseFilterProperties, ...PagingProperties });
export type CaseListQueryInput = Static<typeof CaseListQuery>;

/**
 * Turns HTTP filters into a store query confined to the caller's areas: scope is part of the
 * query, so paging and totals count only visible cases (ASVS 8.2.2).
 *
 * @example
 * ```ts
 * const page = await store.listCases(toStoreQuery(query, session, clock.now()));
 * ```
 */
export function toStoreQuery(
  input: CaseListQueryInput,
  session: Session,
  now: Date,
  maxPage = 200,
): CaseQuery {
  return {
    countyId: session.county.id,
    withinAreas: session.areas,
    caseType: input.caseType,
    definitionId: input.definitionId,
    stage: input.stage,
    status: input.status,
    areaId: input.areaId,
    assigneeUserId: input.assignee === 'me' ? session.user.id : input.assignee,
    dueBefore: input.dueBefore,
    overdueAt: input.overdue ? now.toISOString() : undefined,
    text: input.q,
    offset: input.offset ?? 0,
    limit: Math.min(input.limit ?? 50, maxPage),
    sort: input.sort,
    order: input.order,
  };
}
