export { ACTION_CATALOG, type ActionSpec, applyAction, isActionName } from './actions';
export { engineAjv, type SchemaIssue, toIssues } from './ajv';
export type { CaseEvent, CatalogArgs } from './caseEvent';
export { dataWithPayload, readPath } from './caseEvent';
export { checkParams } from './checkParams';
export { evaluateGuard, GUARD_CATALOG, type GuardSpec, guardForm, isGuardName } from './guards';
