import type { Services } from '../app/services';
import type { DefinitionVersion } from '../store/types';

/**
 * The county's case types open to citizens: per definition id the latest published version,
 * kept when its `meta.public` is enabled and names a form it has. Ordered by definition id.
 *
 * @example
 * ```ts
 * const open = await openCaseTypes(services, 'fengyuan');
 * open.map((v) => v.definition.caseType); // ['dispute']
 * ```
 */
export async function openCaseTypes(
  services: Services,
  countyId: string,
): Promise<DefinitionVersion[]> {
  const latest = new Map<string, DefinitionVersion>();
  for (const version of await services.store.listDefinitions(countyId)) {
    if (version.status !== 'published') continue;
    const known = latest.get(version.definitionId);
    if (!known || known.version < version.version) latest.set(version.definitionId, version);
  }
  return [...latest.values()]
    .filter(({ definition }) => {
      const channel = definition.meta?.public;
      return channel?.enabled === true && Object.hasOwn(definition.forms, channel.form);
    })
    .sort((a, b) => a.definitionId.localeCompare(b.definitionId));
}
