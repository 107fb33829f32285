import type { CaseStore } from '../types';

/** What a contract part sees: the open store of the running test. */
export interface ContractContext {
  store(): CaseStore;
}

/** The error code of a rejected promise, or a description of what happened instead. */
export async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    return typeof code === 'string' ? code : `uncoded: ${String(error)}`;
  }
}
