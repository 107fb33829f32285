import {
  gridcaseError,
  hashDefinition,
  lintDefinition,
  unreachableError,
  type WorkflowDefinition,
} from '@gridcase/engine';
import type { Locale } from '@gridcase/forms';
import type { Services } from '../app/services';
import type { DefinitionVersion } from '../store/types';

/** A finding that blocks publishing: lint or form gate, with a pointer into the definition. */
export interface PublishFinding {
  code: string;
  pointer: string;
  message: string;
  hint?: string;
  severity?: 'error' | 'warning';
}

/**
 * Everything that would stop a definition from being published: the engine's lint findings of
 * any severity. The lint runs the forms publish gate on every form (`form.badSchema`, pointers
 * under `/forms/<id>`), so admin-authored schemas meet the same gate here as in the designer.
 *
 * @example
 * ```ts
 * const findings = publishFindings(draft.definition, 'zh-CN');
 * ```
 */
export function publishFindings(definition: WorkflowDefinition, locale: Locale): PublishFinding[] {
  return lintDefinition(definition, { locale });
}

/**
 * The refusal for a definition with blocking findings: `definition.unreachable` naming the stages
 * and outcomes no case can reach when there are such, else `definition.lintFailed`; both carry
 * the findings. `undefined` when nothing blocks.
 *
 * @example
 * ```ts
 * const refusal = publishRefusal(definition, 'zh-CN');
 * if (refusal) throw refusal;
 * ```
 */
export function publishRefusal(definition: WorkflowDefinition, locale: Locale) {
  const findings = publishFindings(definition, locale);
  if (findings.length === 0) return undefined;
  return (
    unreachableError(definition, locale, findings) ??
    gridcaseError('definition.lintFailed', { count: findings.length, findings }, locale)
  );
}

/**
 * Publishes the county's draft of a definition as the next immutable version: lint (including the
 * forms publish gate) must pass, else `definition.unreachable` naming the stages and outcomes no
 * case can reach when there are such, or `definition.lintFailed`, both with the findings. The
 * version number goes into the document before hashing, so the stored hash is the hash every
 * case opened on this version pins. Running cases are untouched: each keeps its own version.
 *
 * @example
 * ```ts
 * const v2 = await publishVersion(services, countyId, 'dispute-mediation', 'admin', 'zh-CN');
 * ```
 */
export async function publishVersion(
  services: Services,
  countyId: string,
  definitionId: string,
  userId: string,
  locale: Locale,
): Promise<DefinitionVersion> {
  return services.mutex.run(`publish:${countyId}:${definitionId}`, async () => {
    const draft = await services.store.getDefinition(countyId, definitionId, 'draft');
    if (!draft) throw gridcaseError('definition.notFound', { definitionId, version: 'draft' });
    const latest = await services.store.getDefinition(countyId, definitionId, 'latest');
    const version = (latest?.version ?? 0) + 1;
    const definition: WorkflowDefinition = { ...draft.definition, version };
    const refusal = publishRefusal(definition, locale);
    if (refusal) throw refusal;
    const at = services.clock.now().toISOString();
    const hash = hashDefinition(definition);
    const published = await services.store.publishDefinition(
      {
        countyId,
        definitionId,
        definition,
        hash,
        savedAt: draft.savedAt,
        savedBy: draft.savedBy,
        publishedAt: at,
      },
      {
        at,
        countyId,
        actor: { userId },
        action: 'definition.publish',
        detail: { definitionId, version, hash },
      },
    );
    if (published.version !== version)
      throw gridcaseError('store.invalidCommit', { reason: 'version race' });
    return published;
  });
}
