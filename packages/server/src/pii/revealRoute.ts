import { gridcaseError } from '@gridcase/engine';
import { Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { callerOf } from '../cases/caller';
import { loadVisibleCase } from '../cases/runCommand';
import { sessionAudit as audit } from '../cases/sessionAudit';
import { worksCase } from '../cases/worksCase';
import { defineRoute, type Route } from '../routes/defineRoute';
import { AnyJson, IdParams, Obj, OpenObj } from '../routes/schemas';
import type { Session } from '../types';
import { casePiiFields } from './maskCaseData';
import { revealValues } from './revealValues';

/**
 * `POST /cases/:id/pii/reveal`: unmasked personal data for those who work the case, with a
 * purpose, audited and rate-limited.
 *
 * @example
 * ```ts
 * registerRoutes(app, revealRoutes(services), services);
 * ```
 */
export function revealRoutes(services: Services): Route[] {
  const visible = (session: Session, id: string) =>
    loadVisibleCase(services, callerOf(session), id);
  const now = () => services.clock.now().toISOString();

  return [
    defineRoute({
      method: 'post',
      path: '/cases/:id/pii/reveal',
      operationId: 'revealPii',
      summary: 'Show personal data unmasked, for a stated purpose (audited, rate-limited)',
      description:
        'Only for those who work the case (assignee, the assignee role in the case’s area, a co-handling agency, or whoever may act now).',
      tags: ['cases'],
      params: IdParams,
      rateLimit: 'reveals',
      body: Obj({
        purpose: Type.String({ maxLength: 200 }),
        fields: Type.Optional(
          Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
        ),
      }),
      responses: {
        200: {
          description: 'Unmasked values by field path',
          schema: OpenObj({
            caseId: Type.String(),
            purpose: Type.String(),
            values: Type.Record(Type.String(), AnyJson),
          }),
        },
      },
      handler: async (c, { params, body, session }) => {
        const record = await visible(session, params.id);
        if (body.purpose.trim().length < 2) throw gridcaseError('pii.reasonRequired');
        const pinned = await services.definitions.get(
          session.county.id,
          record.definition.id,
          record.definition.version,
        );
        if (!worksCase(session, record, pinned.definition)) throw gridcaseError('pii.forbidden');
        const values = revealValues(
          record.context.data,
          casePiiFields(pinned.definition),
          body.fields,
        );
        await services.store.appendAudit([
          audit(session, now(), 'pii.reveal', record.id, {
            purpose: body.purpose.trim(),
            fields: Object.keys(values),
          }),
        ]);
        return c.json({ caseId: record.id, purpose: body.purpose.trim(), values });
      },
    }),
  ];
}
