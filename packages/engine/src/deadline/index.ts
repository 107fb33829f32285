export { caseDueAt, isOverdue, isPastDue } from './overdue';
