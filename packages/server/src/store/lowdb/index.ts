export { createLowdbStore, type LowdbStore, type LowdbStoreOptions } from './createLowdbStore';
export { LOCK_FILE } from './dirLock';
export { type LowdbStats, SNAPSHOT_FILE } from './lowdbCore';
