export { FormDesigner, type FormDesignerProps } from './FormDesigner';
export { newForm } from './formOperations';
