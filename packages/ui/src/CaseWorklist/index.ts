export { CaseWorklist, type CaseWorklistProps } from './CaseWorklist';
export { filterCases } from './filterCases';
