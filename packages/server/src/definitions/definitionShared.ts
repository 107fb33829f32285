import { gridcaseError, hashDefinition, type WorkflowDefinition } from '@gridcase/engine';
import { type Static, Type } from '@sinclair/typebox';
import type { Services } from '../app/services';
import { AnyJson, Id, OpenObj } from '../routes/schemas';
import type { DefinitionVersion } from '../store/types';
import type { Session } from '../types';

export const VersionRef = Type.Union([
  Type.Integer({ minimum: 1 }),
  Type.Literal('latest'),
  Type.Literal('draft'),
]);
export type VersionRefValue = Static<typeof VersionRef>;

export const DefinitionVersionSchema = OpenObj({
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

export const FindingSchema = OpenObj({
  code: Type.String(),
  pointer: Type.String(),
  message: Type.String(),
  hint: Type.Optional(Type.String()),
  severity: Type.Optional(Type.String()),
});

export const DefinitionBody = Type.Object(
  { id: Id },
  {
    additionalProperties: true,
    description:
      'A WorkflowDefinition; checked against `@gridcase/engine/definition.schema.json` (closed: unknown fields refused).',
  },
);

/**
 * Reads one version; drafts only for the county admin.
 *
 * @example
 * ```ts
 * const v = await readVersion(services, session, 'dispute-mediation', 'latest');
 * ```
 */
export async function readVersion(
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

/**
 * A definition copied under a new id: the machine id follows so stage ids read `${id}.stage`.
 *
 * @example
 * ```ts
 * renamed(disputeMediation, 'our-disputes').machine.id; // 'our-disputes'
 * ```
 */
export function renamed(source: WorkflowDefinition, id: string): WorkflowDefinition {
  return {
    ...structuredClone(source),
    id,
    version: 0,
    machine: { ...structuredClone(source.machine), id },
  };
}

/**
 * Saves the county's draft of a definition (version 0, hashed as saved).
 *
 * @example
 * ```ts
 * const draft = await saveDraft(services, session, definition);
 * ```
 */
export async function saveDraft(
  services: Services,
  session: Session,
  definition: WorkflowDefinition,
): Promise<DefinitionVersion> {
  const draft: DefinitionVersion = {
    countyId: session.county.id,
    definitionId: definition.id,
    version: 0,
    status: 'draft',
    definition: { ...definition, version: 0 },
    hash: hashDefinition({ ...definition, version: 0 }),
    savedAt: services.clock.now().toISOString(),
    savedBy: session.user.id,
  };
  await services.store.saveDraft(draft);
  return draft;
}
