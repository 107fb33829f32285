export { conditionHolds, isVisible } from './isVisible';
export { isUnderHidden, type StrippedData, stripHidden } from './stripHidden';
