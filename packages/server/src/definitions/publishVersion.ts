import {
  gridcaseError,
  hashDefinition,
  lintDefinition,
  type WorkflowDefinition,
} from '@gridcase/engine';
import { checkFormForPublish, type Locale } from '@gridcase/forms';
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
 * Everything that would stop a definition from being published: the engine's lint findings
 * (any severity) and the forms publish gate's findings for each form (pointers under
 * `/forms/<id>`).
 *
 * @example
 * ```ts
 * const { lint, forms } = publishFindings(draft.definition, 'zh-CN');
 * ```
 */
export function publishFindings(
  definition: WorkflowDefinition,
  locale: Locale,
): { lint: PublishFinding[]; forms: PublishFinding[] } {
  const lint = lintDefinition(definition, { locale });
  const forms: PublishFinding[] = [];
  for (const [key, form] of Object.entries(definition.forms ?? {})) {
    for (const f of checkFormForPublish(form, { locale }).findings) {
      forms.push({
        code: f.code,
        pointer: `/forms/${key.replace(/~/g, '~0').replace(/\//g, '~1')}${f.pointer}`,
        message: f.message,
        hint: f.hint,
      });
    }
  }
  return { lint, forms };
}

/**
 * Publishes the county's draft of a definition as the next immutable version: lint and form
 * gate must pass (`definition.lintFailed` / `form.schemaRejected` with the findings). The
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
    const { lint, forms } = publishFindings(definition, locale);
    if (lint.length > 0)
      throw gridcaseError('definition.lintFailed', { count: lint.length, findings: lint });
    if (forms.length > 0)
      throw gridcaseError('form.schemaRejected', { count: forms.length, findings: forms });
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
