import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCaseStoreContract } from '../contract.suite';
import { createLowdbStore } from './index';

describeCaseStoreContract('lowdb store', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gridcase-lowdb-'));
  return {
    store: createLowdbStore({ dir, onWarning: () => undefined }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describeCaseStoreContract('lowdb store, tiny segments and checkpoints', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gridcase-lowdb-'));
  return {
    store: createLowdbStore({
      dir,
      maxSegmentBytes: 2048,
      checkpointBytes: 4096,
      onWarning: () => undefined,
    }),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});
