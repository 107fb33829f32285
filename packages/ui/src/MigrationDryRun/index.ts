export { MigrationDryRun, type MigrationDryRunProps } from './MigrationDryRun';
