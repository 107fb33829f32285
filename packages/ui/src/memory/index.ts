export {
  createMemoryClient,
  type MemoryClient,
  type MemoryClientOptions,
} from './createMemoryClient';
