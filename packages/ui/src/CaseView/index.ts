export { CaseView, type CaseViewProps } from './CaseView';
