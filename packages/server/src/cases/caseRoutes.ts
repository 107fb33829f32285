import { availableActions, gridcaseError } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Services } from '../app/services';
import { etagOf, parseIfMatch } from '../http/ifMatch';
import { requestHash, requireIdempotencyKey, scopeKey } from '../idempotency/idempotency';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, Id, IdParams, Obj, Page } from '../routes/schemas';
import type { GridcaseEnv, Session } from '../types';
import { callerOf } from './caller';
import {
  AvailableActionSchema,
  CaseSummarySchema,
  CaseViewSchema,
  HistoryEntrySchema,
} from './caseSchemas';
import { maskHistoryEntry } from './caseView';
import { listSummaries, WorklistQuery, worklist } from './listCases';
import { CaseListQuery } from './listQuery';
import { openCase } from './openCase';
import { peopleOf } from './peopleOf';
import { loadVisibleCase, runCommand } from './runCommand';
import { viewFor } from './viewFor';

const Data = Type.Record(Type.String({ maxLength: 128 }), AnyJson, {
  description: 'The form payload',
});

function reply(
  c: Context<GridcaseEnv>,
  result: { status: number; body: unknown; replayed: boolean },
) {
  if (result.replayed) c.header('Idempotent-Replayed', 'true');
  const version = (result.body as { case?: { version?: number } }).case?.version;
  if (typeof version === 'number') c.header('ETag', etagOf(version));
  return c.json(result.body, result.status as ContentfulStatusCode);
}

/**
 * The case endpoints: open, list and search, worklist, read, actions, commands, history.
 *
 * @example
 * ```ts
 * registerRoutes(app, caseRoutes(services), services);
 * ```
 */
export function caseRoutes(services: Services): Route[] {
  const visible = (session: Session, id: string) =>
    loadVisibleCase(services, callerOf(session), id);
  const pinnedOf = (countyId: string, definition: { id: string; version: number }) =>
    services.definitions.get(countyId, definition.id, definition.version);

  return [
    defineRoute({
      method: 'post',
      path: '/cases',
      operationId: 'openCase',
      summary: 'Open a case on the latest published version of a definition',
      tags: ['cases'],
      idempotent: true,
      body: Obj({ definitionId: Id, areaId: Id, data: Type.Optional(Data), id: Type.Optional(Id) }),
      responses: { 201: { description: 'The new case', schema: CaseViewSchema } },
      handler: async (c, { body, session }) => {
        const key = requireIdempotencyKey(c.req.header('idempotency-key'));
        const result = await openCase(services, callerOf(session), {
          ...body,
          idempotencyKey: scopeKey(session.user.id, key),
          requestHash: requestHash({ op: 'openCase', body }),
        });
        return reply(c, result);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases',
      operationId: 'listCases',
      summary: 'Cases in the caller’s areas, filtered and paged (personal data masked)',
      tags: ['cases'],
      query: CaseListQuery,
      responses: { 200: { description: 'A page of cases', schema: Page(CaseSummarySchema) } },
      handler: async (c, { query, session }) =>
        c.json(await listSummaries(services, session, query)),
    }),
    defineRoute({
      method: 'get',
      path: '/worklist',
      operationId: 'worklist',
      summary: 'The caller’s worklist: assigned to me, to my roles, or open in my areas',
      tags: ['cases'],
      query: WorklistQuery,
      responses: {
        200: { description: 'A page of cases, due first', schema: Page(CaseSummarySchema) },
      },
      handler: async (c, { query, session }) => c.json(await worklist(services, session, query)),
    }),
    defineRoute({
      method: 'get',
      path: '/cases/:id',
      operationId: 'getCase',
      summary:
        'One case with the caller’s available actions (personal data masked); ETag = version',
      tags: ['cases'],
      params: IdParams,
      responses: { 200: { description: 'The case', schema: CaseViewSchema } },
      handler: async (c, { params, session }) => {
        const record = await visible(session, params.id);
        const view = viewFor(
          record,
          await pinnedOf(session.county.id, record.definition),
          callerOf(session),
          await peopleOf(services.store, record),
        );
        c.header('ETag', etagOf(record.version));
        return c.json(view);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases/:id/actions',
      operationId: 'caseActions',
      summary: 'What the caller may do on the case now, with each action’s form',
      tags: ['cases'],
      params: IdParams,
      responses: {
        200: { description: 'Available actions', schema: Type.Array(AvailableActionSchema) },
      },
      handler: async (c, { params, session }) => {
        const record = await visible(session, params.id);
        const pinned = await pinnedOf(session.county.id, record.definition);
        return c.json(availableActions(pinned.definition, record, session.actor));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/cases/:id/commands',
      operationId: 'runCommand',
      summary: 'Take an action on the case (the engine checks role, area and form)',
      description:
        'Requires `Idempotency-Key`; a retry returns the first response. `If-Match` with a stale version answers 409.',
      tags: ['cases'],
      idempotent: true,
      ifMatch: true,
      params: IdParams,
      body: Obj({
        type: Type.String({ minLength: 1, maxLength: 128 }),
        data: Type.Optional(Data),
        reason: Type.Optional(Type.String({ maxLength: 2000 })),
      }),
      responses: { 200: { description: 'The case after the command', schema: CaseViewSchema } },
      handler: async (c, { params, body, session }) => {
        const key = requireIdempotencyKey(c.req.header('idempotency-key'));
        const ifMatch = parseIfMatch(c.req.header('if-match'));
        if (body.type === 'deadline.fire') throw gridcaseError('auth.forbidden');
        const result = await runCommand(services, callerOf(session), {
          caseId: params.id,
          type: body.type,
          data: body.data,
          reason: body.reason,
          ifMatch,
          idempotencyKey: scopeKey(session.user.id, key),
          requestHash: requestHash({ op: 'runCommand', caseId: params.id, body, ifMatch }),
        });
        return reply(c, result);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/cases/:id/history',
      operationId: 'caseHistory',
      summary: 'Who did what when on the case (personal data masked)',
      tags: ['cases'],
      params: IdParams,
      responses: {
        200: { description: 'History, oldest first', schema: Type.Array(HistoryEntrySchema) },
      },
      handler: async (c, { params, session }) => {
        const record = await visible(session, params.id);
        const pinned = await pinnedOf(session.county.id, record.definition);
        const history = await services.store.getHistory(session.county.id, record.id);
        return c.json(history.map((entry) => maskHistoryEntry(pinned.definition, entry)));
      },
    }),
  ];
}
