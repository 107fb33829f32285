export { moveTestClock } from './moveTestClock';
export { pretendActor, whoMayAct } from './pretendActor';
export {
  actInTestRun,
  openTestCase,
  startTestRun,
  TEST_AREA,
  type TestRun,
  type TestRunEntry,
  type TestRunOptions,
  type TestRunResult,
} from './testRun';
