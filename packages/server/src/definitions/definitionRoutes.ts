import {
  gridcaseError,
  hashDefinition,
  TEMPLATES,
  validateDefinition,
  type WorkflowDefinition,
} from '@gridcase/engine';
import { type Static, Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, Id, LocalizedTextSchema, Obj, OpenObj } from '../routes/schemas';
import type { DefinitionVersion } from '../store/types';
import type { Session } from '../types';
import { jsonDiff } from './jsonDiff';
import { publishFindings, publishVersion } from './publishVersion';

const VersionRef = Type.Union([
  Type.Integer({ minimum: 1 }),
  Type.Literal('latest'),
  Type.Literal('draft'),
]);
type VersionRefValue = Static<typeof VersionRef>;

const DefinitionVersionSchema = OpenObj({
  countyId: Type.String(),
  definitionId: Type.String(),
  version: Type.Integer({ description: '0 for the draft' }),
  status: Type.Union([Type.Literal('draft'), Type.Literal('published')]),
  definition: AnyJson,
  hash: Type.String(),
  savedAt: Type.String(),
  savedBy: Type.String(),
  publishedAt: Type.Optional(Type.String()),
});

const FindingSchema = OpenObj({
  code: Type.String(),
  pointer: Type.String(),
  message: Type.String(),
  hint: Type.Optional(Type.String()),
  severity: Type.Optional(Type.String()),
});

const DefinitionBody = Type.Object(
  { id: Id },
  {
    additionalProperties: true,
    description:
      'A WorkflowDefinition; checked against `@gridcase/engine/definition.schema.json` (closed: unknown fields refused).',
  },
);

/** Reads one version; drafts only for the county admin. */
async function readVersion(
  services: Services,
  session: Session,
  id: string,
  ref: VersionRefValue,
): Promise<DefinitionVersion> {
  if (ref === 'draft' && !session.isAdmin)
    throw gridcaseError('auth.forbidden', { required: services.adminRole });
  const found = await services.store.getDefinition(session.county.id, id, ref);
  if (!found) throw gridcaseError('definition.notFound', { definitionId: id, version: ref });
  return found;
}

/** A definition copied under a new id: the machine id follows so stage ids read `${id}.stage`. */
function renamed(source: WorkflowDefinition, id: string): WorkflowDefinition {
  return {
    ...structuredClone(source),
    id,
    version: 0,
    machine: { ...structuredClone(source.machine), id },
  };
}

/**
 * Workflow definitions of the caller's county: templates, drafts, publishing, versions, diffs
 * and forks. Reading published versions is open to every signed-in user (the UI draws forms and
 * diagrams from them); writing is for the county admin.
 *
 * @example
 * ```ts
 * registerRoutes(app, definitionRoutes(services), services);
 * ```
 */
export function definitionRoutes(services: Services): Route[] {
  const now = () => services.clock.now().toISOString();

  async function saveDraft(session: Session, definition: WorkflowDefinition) {
    const draft: DefinitionVersion = {
      countyId: session.county.id,
      definitionId: definition.id,
      version: 0,
      status: 'draft',
      definition: { ...definition, version: 0 },
      hash: hashDefinition({ ...definition, version: 0 }),
      savedAt: now(),
      savedBy: session.user.id,
    };
    await services.store.saveDraft(draft);
    return draft;
  }

  return [
    defineRoute({
      method: 'get',
      path: '/templates',
      operationId: 'listTemplates',
      summary: 'The shared templates a county can start from',
      tags: ['definitions'],
      responses: {
        200: {
          description: 'Templates',
          schema: Type.Array(
            OpenObj({
              id: Type.String(),
              caseType: Type.String(),
              title: LocalizedTextSchema,
              description: Type.Optional(LocalizedTextSchema),
            }),
          ),
        },
      },
      handler: (c) =>
        c.json(
          Object.values(TEMPLATES).map((t) => ({
            id: t.id,
            caseType: t.caseType,
            title: t.title,
            description: t.description,
          })),
        ),
    }),
    defineRoute({
      method: 'get',
      path: '/templates/:id',
      operationId: 'getTemplate',
      summary: 'One shared template as a workflow definition',
      tags: ['definitions'],
      params: Obj({ id: Id }),
      responses: { 200: { description: 'The template', schema: AnyJson } },
      handler: (c, { params }) => {
        const template = Object.hasOwn(TEMPLATES, params.id) ? TEMPLATES[params.id] : undefined;
        if (!template) throw gridcaseError('template.notFound', { templateId: params.id });
        return c.json(template);
      },
    }),
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
      method: 'put',
      path: '/definitions/:id/draft',
      operationId: 'saveDraft',
      summary:
        'Save the county’s draft; answers the lint and form-gate findings publishing would meet',
      tags: ['definitions'],
      admin: true,
      params: Obj({ id: Id }),
      body: DefinitionBody,
      responses: {
        200: {
          description: 'The saved draft and its findings',
          schema: OpenObj({ draft: DefinitionVersionSchema, findings: Type.Array(FindingSchema) }),
        },
      },
      handler: async (c, { params, body, session }) => {
        if (body.id !== params.id)
          throw gridcaseError('request.invalid', {
            reason: `definition.id "${body.id}" differs from the path "${params.id}"`,
          });
        const checked = validateDefinition(body, c.get('locale'));
        if (!checked.ok) throw gridcaseError('definition.invalid', { findings: checked.findings });
        const draft = await saveDraft(session, checked.definition);
        return c.json({ draft, findings: publishFindings(draft.definition, c.get('locale')) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/definitions/:id/publish',
      operationId: 'publishDefinition',
      summary:
        'Publish the draft as the next version (lint and form gate must pass); running cases keep their version',
      tags: ['definitions'],
      admin: true,
      params: Obj({ id: Id }),
      responses: { 201: { description: 'The published version', schema: DefinitionVersionSchema } },
      handler: async (c, { params, session }) =>
        c.json(
          await publishVersion(
            services,
            session.county.id,
            params.id,
            session.user.id,
            c.get('locale'),
          ),
          201,
        ),
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
    defineRoute({
      method: 'post',
      path: '/definitions/:id/fork',
      operationId: 'forkDefinition',
      summary:
        'Start the county’s draft `:id` from a template or another county’s published definition',
      tags: ['definitions'],
      admin: true,
      params: Obj({ id: Id }),
      body: Obj({
        fromTemplate: Type.Optional(Id),
        fromCounty: Type.Optional(Id),
        fromDefinition: Type.Optional(Id),
        version: Type.Optional(Type.Integer({ minimum: 1 })),
      }),
      responses: {
        201: {
          description: 'The new draft and its findings',
          schema: OpenObj({ draft: DefinitionVersionSchema, findings: Type.Array(FindingSchema) }),
        },
      },
      handler: async (c, { params, body, session }) => {
        let source: WorkflowDefinition;
        if (body.fromTemplate) {
          const template = Object.hasOwn(TEMPLATES, body.fromTemplate)
            ? TEMPLATES[body.fromTemplate]
            : undefined;
          if (!template)
            throw gridcaseError('template.notFound', { templateId: body.fromTemplate });
          source = template;
        } else if (body.fromDefinition) {
          const countyId = body.fromCounty ?? session.county.id;
          if (!(await services.store.getCounty(countyId)))
            throw gridcaseError('county.notFound', { countyId });
          const found = await services.store.getDefinition(
            countyId,
            body.fromDefinition,
            body.version ?? 'latest',
          );
          if (found?.status !== 'published')
            throw gridcaseError('definition.notFound', { definitionId: body.fromDefinition });
          source = found.definition;
        } else {
          throw gridcaseError('request.invalid', {
            reason: 'give fromTemplate, or fromDefinition (with fromCounty for another county)',
          });
        }
        const draft = await saveDraft(session, renamed(source, params.id));
        await services.store.appendAudit([
          {
            at: draft.savedAt,
            countyId: session.county.id,
            actor: { userId: session.user.id },
            action: 'definition.fork',
            detail: { definitionId: params.id, ...body },
          },
        ]);
        return c.json({ draft, findings: publishFindings(draft.definition, c.get('locale')) }, 201);
      },
    }),
  ];
}
