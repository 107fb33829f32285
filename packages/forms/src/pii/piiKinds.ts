import type { PiiKind } from '../types';

/** The personal-data kinds the `x-pii` keyword accepts. */
export const PII_KINDS: readonly PiiKind[] = ['name', 'idcard', 'phone', 'address'];
