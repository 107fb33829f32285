export {
  createLowdbStore,
  LOCK_FILE,
  type LowdbStore,
  type LowdbStoreOptions,
  SNAPSHOT_FILE,
} from './lowdb';
export { createMemoryStore, type MemoryStoreOptions } from './memory';
export {
  createPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
} from './postgres';
export { DEFAULT_MAX_DEPTH } from './storable';
export type * from './types';
