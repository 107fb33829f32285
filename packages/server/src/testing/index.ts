/**
 * `@gridcase/server/testing`: helpers for tests of hosts built on gridcase (the example county
 * server's fault suite): access probes and the fault suite's figures.
 */

export { count, figure, fullRun } from '../fault/figure';
export * from './accessProbe';
