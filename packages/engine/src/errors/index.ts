export { ERROR_CATALOG, type ErrorCode, type ErrorSpec, isErrorCode } from './errorCodes';
export {
  type ErrorDetails,
  errorStatus,
  GridcaseError,
  type GridcaseErrorShape,
  gridcaseError,
} from './GridcaseError';
export { isGridcaseError, type ToGridcaseErrorOptions, toGridcaseError } from './toGridcaseError';
