export {
  type MigrateStoreOptions,
  type MigrationPhase,
  type MigrationProgress,
  type MigrationReport,
  migrateStore,
} from './migrateStore';
export { type CountCheck, type MigrationCheck, verifyMigration } from './verifyMigration';
