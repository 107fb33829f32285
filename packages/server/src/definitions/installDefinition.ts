import { hashDefinition, type WorkflowDefinition } from '@gridcase/engine';
import type { CaseStore, DefinitionVersion } from '../store/types';
import { publishRefusal } from './publishVersion';

/**
 * Publishes a definition that ships with the code (a template for a seeded county, a test
 * fixture) straight into a store: it must lint clean (refused as {@link publishRefusal} refuses a
 * publish: `definition.unreachable` or `definition.lintFailed`), but skips the form gate meant for
 * admin-authored schemas. The version number goes into the document before hashing, like
 * {@link publishVersion}. Not reachable over HTTP.
 *
 * @example
 * ```ts
 * await installDefinition(store, 'demo-county', disputeMediation, { by: 'seed', at: new Date().toISOString() });
 * ```
 */
export async function installDefinition(
  store: CaseStore,
  countyId: string,
  source: WorkflowDefinition,
  options: {
    by: string;
    at: string /** Skip the lint (tests of already-linted fixtures). */;
    skipLint?: boolean;
  },
): Promise<DefinitionVersion> {
  const refusal = options.skipLint ? undefined : publishRefusal(source, 'en');
  if (refusal) throw refusal;
  const latest = await store.getDefinition(countyId, source.id, 'latest');
  const version = (latest?.version ?? 0) + 1;
  const definition = { ...source, version };
  return store.publishDefinition(
    {
      countyId,
      definitionId: source.id,
      definition,
      hash: hashDefinition(definition),
      savedAt: options.at,
      savedBy: options.by,
      publishedAt: options.at,
    },
    {
      at: options.at,
      countyId,
      actor: { userId: options.by, system: true },
      action: 'definition.publish',
      detail: { definitionId: source.id, version, installed: true },
    },
  );
}
