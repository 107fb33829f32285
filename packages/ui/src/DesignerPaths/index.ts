export { DesignerPaths, type DesignerPathsProps } from './DesignerPaths';
