export {
  calendarFor,
  createCalendar,
  SHANGHAI_OFFSET_MINUTES,
  type WorkingCalendar,
} from './createCalendar';
export { addWorkingDays, workingDaysBetween } from './workingDays';
