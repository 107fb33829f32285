export { CaseStatus, type CaseStatusProps } from './CaseStatus';
