import { gridcaseError } from '@gridcase/engine';
import type { CaseStore, DefinitionVersion } from '../store/types';

/** Reads definition versions; published ones are immutable and cached for the process's life. */
export interface DefinitionCache {
  /** A published version (a number) or `latest`; throws `definition.notFound`. */
  get(
    countyId: string,
    definitionId: string,
    version: number | 'latest',
  ): Promise<DefinitionVersion>;
}

/**
 * Creates the cache. Each case is stepped with the exact version it pinned, so a cached
 * version never needs invalidating; `latest` always asks the store.
 *
 * @example
 * ```ts
 * const definitions = createDefinitionCache(store);
 * const pinned = await definitions.get(countyId, record.definition.id, record.definition.version);
 * ```
 */
export function createDefinitionCache(store: CaseStore): DefinitionCache {
  const cache = new Map<string, DefinitionVersion>();
  return {
    async get(countyId, definitionId, version) {
      const key = `${countyId}\u0000${definitionId}\u0000${version}`;
      const hit = version === 'latest' ? undefined : cache.get(key);
      if (hit) return hit;
      const found = await store.getDefinition(countyId, definitionId, version);
      if (found?.status !== 'published')
        throw gridcaseError('definition.notFound', { definitionId, version });
      cache.set(`${countyId}\u0000${definitionId}\u0000${found.version}`, found);
      return found;
    },
  };
}
