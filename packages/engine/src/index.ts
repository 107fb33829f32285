export {
  addWorkingDays,
  calendarFor,
  createCalendar,
  type WorkingCalendar,
  workingDaysBetween,
} from './calendar';
export {
  ERROR_CATALOG,
  type ErrorCode,
  type ErrorDetails,
  type ErrorSpec,
  errorStatus,
  GridcaseError,
  type GridcaseErrorShape,
  gridcaseError,
  isErrorCode,
  isGridcaseError,
  type ToGridcaseErrorOptions,
  toGridcaseError,
} from './errors';
export { availableActions, createCase, step } from './step';
export type * from './types';
export { AREA_LEVELS } from './types';
