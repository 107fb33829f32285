import {
  gridcaseError,
  TEMPLATES,
  validateDefinition,
  type WorkflowDefinition,
} from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { defineRoute, type Route } from '../routes/defineRoute';
import { Id, Obj, OpenObj } from '../routes/schemas';
import {
  DefinitionBody,
  DefinitionVersionSchema,
  FindingSchema,
  renamed,
  saveDraft,
} from './definitionShared';
import { publishFindings, publishVersion } from './publishVersion';

/**
 * Changing the county's definitions (county admin): save the draft, publish it, fork one.
 *
 * @example
 * ```ts
 * registerRoutes(app, definitionWriteRoutes(services), services);
 * ```
 */
export function definitionWriteRoutes(services: Services): Route[] {
  return [
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
      maxBytes: (limits) => limits.definitionBytes,
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
        const draft = await saveDraft(services, session, checked.definition);
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
        const draft = await saveDraft(services, session, renamed(source, params.id));
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
