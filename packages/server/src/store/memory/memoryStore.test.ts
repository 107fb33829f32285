import { describeCaseStoreContract } from '../contract.suite';
import { createMemoryStore } from './index';

describeCaseStoreContract('memory store', async () => ({ store: createMemoryStore() }));
