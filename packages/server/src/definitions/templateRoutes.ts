import { gridcaseError, TEMPLATES } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, Id, LocalizedTextSchema, Obj, OpenObj } from '../routes/schemas';

/**
 * The shared templates a county starts from.
 *
 * @example
 * ```ts
 * registerRoutes(app, templateRoutes(), services);
 * ```
 */
export function templateRoutes(): Route[] {
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
  ];
}
