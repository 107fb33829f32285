export { MigrationPlanEditor, type MigrationPlanEditorProps } from './MigrationPlanEditor';
