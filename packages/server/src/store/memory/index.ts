export { createMemoryStore, type MemoryStoreOptions } from './createMemoryStore';
