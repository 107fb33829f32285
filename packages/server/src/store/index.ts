export { createMemoryStore, type MemoryStoreOptions } from './memory';
export { DEFAULT_MAX_DEPTH } from './storable';
export type * from './types';
