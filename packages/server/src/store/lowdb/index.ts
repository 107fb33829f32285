export { createLowdbStore, type LowdbStore, type LowdbStoreOptions } from './createLowdbStore';
export { LOCK_FILE } from './dirLock';
export { SNAPSHOT_FILE } from './lowdbCore';
