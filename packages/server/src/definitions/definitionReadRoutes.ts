import { gridcaseError, type WorkflowDefinition } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, Id, LocalizedTextSchema, Obj, OpenObj } from '../routes/schemas';
import { DefinitionVersionSchema, readVersion, VersionRef } from './definitionShared';
import { jsonDiff } from './jsonDiff';

/**
 * Reading the county's definitions: the list, versions, one version, a diff. Published
 * versions are open to every signed-in user (the UI draws forms and diagrams from them);
 * drafts to the county admin.
 *
 * @example
 * ```ts
 * registerRoutes(app, definitionReadRoutes(services), services);
 * ```
 */
export function definitionReadRoutes(services: Services): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/definitions',
      operationId: 'listDefinitions',
      summary: 'The county’s definitions: latest published version and draft of each',
      tags: ['definitions'],
      responses: {
        200: {
          description: 'One row per definition id',
          schema: Type.Array(
            OpenObj({
              definitionId: Type.String(),
              caseType: Type.String(),
              title: LocalizedTextSchema,
              latest: Type.Optional(AnyJson),
              draft: Type.Optional(AnyJson),
            }),
          ),
        },
      },
      handler: async (c, { session }) => {
        const rows = new Map<
          string,
          {
            definitionId: string;
            caseType: string;
            title: unknown;
            latest?: unknown;
            draft?: unknown;
          }
        >();
        for (const v of await services.store.listDefinitions(session.county.id)) {
          const row = rows.get(v.definitionId) ?? {
            definitionId: v.definitionId,
            caseType: v.definition.caseType,
            title: v.definition.title,
          };
          const summary = {
            version: v.version,
            hash: v.hash,
            savedAt: v.savedAt,
            savedBy: v.savedBy,
            publishedAt: v.publishedAt,
          };
          if (v.status === 'draft') {
            if (session.isAdmin) row.draft = summary;
          } else if (!row.latest || (row.latest as { version: number }).version < v.version) {
            row.latest = summary;
            row.caseType = v.definition.caseType;
            row.title = v.definition.title;
          }
          rows.set(v.definitionId, row);
        }
        return c.json([...rows.values()].filter((r) => r.latest || r.draft));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/definitions/:id/versions',
      operationId: 'listDefinitionVersions',
      summary: 'Every version of a definition (without the documents), oldest first',
      tags: ['definitions'],
      params: Obj({ id: Id }),
      responses: { 200: { description: 'Versions', schema: Type.Array(AnyJson) } },
      handler: async (c, { params, session }) => {
        const versions = (await services.store.listDefinitions(session.county.id))
          .filter(
            (v) => v.definitionId === params.id && (v.status === 'published' || session.isAdmin),
          )
          .map(({ definition: _d, ...rest }) => rest)
          .sort(
            (a, b) =>
              (a.version || Number.MAX_SAFE_INTEGER) - (b.version || Number.MAX_SAFE_INTEGER),
          );
        if (versions.length === 0)
          throw gridcaseError('definition.notFound', { definitionId: params.id });
        return c.json(versions);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/definitions/:id/versions/:version',
      operationId: 'getDefinitionVersion',
      summary: 'One version: a number, `latest` or `draft` (draft: county admin)',
      tags: ['definitions'],
      params: Obj({ id: Id, version: VersionRef }),
      responses: { 200: { description: 'The version', schema: DefinitionVersionSchema } },
      handler: async (c, { params, session }) =>
        c.json(await readVersion(services, session, params.id, params.version)),
    }),
    defineRoute({
      method: 'get',
      path: '/definitions/:id/diff',
      operationId: 'diffDefinition',
      summary: 'Structural differences between two versions (JSON pointers)',
      tags: ['definitions'],
      params: Obj({ id: Id }),
      query: Obj({ from: VersionRef, to: VersionRef }),
      responses: {
        200: {
          description: 'Changes from `from` to `to`',
          schema: OpenObj({
            from: Type.Integer(),
            to: Type.Integer(),
            changes: Type.Array(
              OpenObj({
                op: Type.String(),
                path: Type.String(),
                from: Type.Optional(AnyJson),
                to: Type.Optional(AnyJson),
              }),
            ),
          }),
        },
      },
      handler: async (c, { params, query, session }) => {
        const [a, b] = await Promise.all([
          readVersion(services, session, params.id, query.from),
          readVersion(services, session, params.id, query.to),
        ]);
        const strip = (d: WorkflowDefinition) => ({ ...d, version: 0 });
        return c.json({
          from: a.version,
          to: b.version,
          changes: jsonDiff(strip(a.definition), strip(b.definition)),
        });
      },
    }),
  ];
}
