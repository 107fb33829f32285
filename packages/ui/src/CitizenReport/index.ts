export { CitizenReport, type CitizenReportProps } from './CitizenReport';
