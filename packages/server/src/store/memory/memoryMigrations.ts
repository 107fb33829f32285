import { countyKey } from '../keys';
import { byStart } from '../query';
import type { CaseStore, MigrationRecord } from '../types';

type MigrationMethods = Pick<CaseStore, 'putMigration' | 'getMigration' | 'listMigrations'>;

/**
 * The memory store's migration records: copies in and out of one map.
 *
 * @example
 * ```ts
 * const methods = memoryMigrations(new Map(), ready, copy);
 * ```
 */
export function memoryMigrations(
  records: Map<string, MigrationRecord>,
  ready: () => void,
  copy: <T>(value: T) => T,
): MigrationMethods {
  return {
    async putMigration(record) {
      ready();
      records.set(countyKey(record.countyId, record.id), copy(record));
    },
    async getMigration(countyId, id) {
      ready();
      return structuredClone(records.get(countyKey(countyId, id)));
    },
    async listMigrations(countyId, definitionId) {
      ready();
      const rows = [...records.values()].filter(
        (r) =>
          r.countyId === countyId &&
          (definitionId === undefined || r.definitionId === definitionId),
      );
      return structuredClone(rows.sort(byStart));
    },
  };
}
