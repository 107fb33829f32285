export {
  createPostgresStore,
  type PostgresStore,
  type PostgresStoreOptions,
} from './createPostgresStore';
export { type MigrateResult, migrate } from './schema/migrate';
