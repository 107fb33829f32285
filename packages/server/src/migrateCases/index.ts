export { type ApplyOptions, applyMigration } from './applyMigration';
export { dryRunMigration, type MigrationDryRun } from './dryRunMigration';
export { type LoadedMigration, loadMigration, type MigrationRequest } from './loadMigration';
export { type MigrationJobs, migrationJobsOf } from './migrationJobs';
export { migrationRoutes } from './migrationRoutes';
export { refuseIncomplete } from './unmappedCounts';
