export { checkPlan } from './checkPlan';
export { migrateCase } from './migrateCase';
export { type MigrationTally, migrationTally } from './migrationTally';
export { PLAN_CODES, type PlanCode, type PlanIssue } from './planCodes';
export { planStages, planTargets } from './planStages';
