import { countyKey } from '../keys';
import { byStart } from '../query';
import { assertStorable } from '../storable';
import type { CaseStore, MigrationRecord } from '../types';
import type { LowdbCore } from './lowdbCore';

type MigrationMethods = Pick<CaseStore, 'putMigration' | 'getMigration' | 'listMigrations'>;

/**
 * The lowdb store's migration records: one journal op per put (on disk before it resolves),
 * kept in memory as JSON and written into checkpoints.
 *
 * @example
 * ```ts
 * const methods = lowdbMigrations(() => ready());
 * ```
 */
export function lowdbMigrations(core: () => Promise<LowdbCore>): MigrationMethods {
  return {
    async putMigration(v) {
      const c = await core();
      assertStorable(v, c.maxDepth);
      await c.log({ t: 'migration', v }).durable;
    },
    async getMigration(countyId, id) {
      const row = (await core()).state.migrations.get(countyKey(countyId, id));
      return row && (JSON.parse(row.json) as MigrationRecord);
    },
    async listMigrations(countyId, definitionId) {
      const rows = [...(await core()).state.migrations.values()]
        .filter((row) => row.countyId === countyId)
        .map((row) => JSON.parse(row.json) as MigrationRecord)
        .filter((r) => definitionId === undefined || r.definitionId === definitionId);
      return rows.sort(byStart);
    },
  };
}
