export { type CaseBundle, createPgImporter, type PgImporter } from './pgImport';
