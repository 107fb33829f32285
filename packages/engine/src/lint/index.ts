export { LINT_CODES, type LintCode, type LintSeverity } from './lintCodes';
export type { LintFinding } from './lintContext';
export { type LintOptions, lintDefinition } from './lintDefinition';
export { findUnreachable, type Unreachable } from './reachable';
export { unreachableError } from './unreachableError';
