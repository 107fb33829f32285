/**
 * The server's stores and scheduler, in one place.
 *
 * INTERIM: `@gridcase/server` does not export its stores (`createLowdbStore`,
 * `createMemoryStore`) or `createScheduler` from its index yet, so this module reaches into the
 * server's source. Switch these imports to `@gridcase/server` once they are exported.
 */
export { createScheduler } from '../../../../packages/server/src/deadlines/scheduler';
export { createLowdbStore, createMemoryStore } from '../../../../packages/server/src/store';
