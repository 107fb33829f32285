export { newDefinition } from './operations';
export { WorkflowDesigner, type WorkflowDesignerProps } from './WorkflowDesigner';
