export { WorkflowDiagram, type WorkflowDiagramProps } from './WorkflowDiagram';
