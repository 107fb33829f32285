import type { CaseRecord } from '@gridcase/engine';
import type { CaseStore } from '../store/types';
import type { LoadedMigration } from './loadMigration';

/**
 * Pages of the running cases on a migration's old version, in id order after `afterId`
 * (keyset paging: a case that leaves the version, migrated or closed, moves no other case
 * between pages).
 *
 * @example
 * ```ts
 * for await (const page of runningCases(store, loaded, 100)) for (const c of page) ...
 * ```
 */
export async function* runningCases(
  store: CaseStore,
  loaded: Pick<LoadedMigration, 'county' | 'from'>,
  batchSize: number,
  afterId?: string,
): AsyncGenerator<CaseRecord[]> {
  let cursor = afterId;
  for (;;) {
    const page = await store.listCases({
      countyId: loaded.county.id,
      definitionId: loaded.from.definitionId,
      definitionVersion: loaded.from.version,
      status: 'active',
      sort: 'id',
      ...(cursor === undefined ? {} : { afterId: cursor }),
      limit: batchSize,
    });
    if (page.items.length === 0) return;
    yield page.items;
    cursor = page.items.at(-1)?.id;
    if (page.items.length < batchSize) return;
  }
}

/**
 * How many running cases sit on the old version, in all and in each of the given stage ids.
 *
 * @example
 * ```ts
 * const { total, byStage } = await countRunning(store, loaded, ['dispute-mediation.failed']);
 * ```
 */
export async function countRunning(
  store: CaseStore,
  loaded: Pick<LoadedMigration, 'county' | 'from'>,
  stageIds: string[] = [],
): Promise<{ total: number; byStage: Map<string, number> }> {
  const query = {
    countyId: loaded.county.id,
    definitionId: loaded.from.definitionId,
    definitionVersion: loaded.from.version,
    status: 'active' as const,
    limit: 0,
  };
  const total = (await store.listCases(query)).total;
  const byStage = new Map<string, number>();
  for (const stage of stageIds)
    byStage.set(stage, (await store.listCases({ ...query, stage })).total);
  return { total, byStage };
}
