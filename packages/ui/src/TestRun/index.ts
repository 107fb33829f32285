export { TestRun, type TestRunProps } from './TestRun';
