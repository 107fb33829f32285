import type { MigrationRecord } from '../types';

/**
 * Orders migration records as `listMigrations` promises: oldest start first, then id.
 *
 * @example
 * ```ts
 * records.sort(byStart);
 * ```
 */
export const byStart = (a: MigrationRecord, b: MigrationRecord): number =>
  a.startedAt < b.startedAt
    ? -1
    : a.startedAt > b.startedAt
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
