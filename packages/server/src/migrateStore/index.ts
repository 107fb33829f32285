export {
  type MigrateStoreOptions,
  type MigrationPhase,
  type MigrationProgress,
  type MigrationReport,
  migrateStore,
} from './migrateStore';
export {
  type CliIo,
  type MigrateStoreCliOptions,
  migrateStoreCommand,
  runMigrateStoreCli,
} from './migrateStoreCommand';
export { createStoreFromEnv, createStoreFromUrl, type NamedStore } from './storeFromUrl';
export { type CountCheck, type MigrationCheck, verifyMigration } from './verifyMigration';
