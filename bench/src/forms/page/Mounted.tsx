import { type ReactNode, useLayoutEffect } from 'react';
import type { BenchProbe } from './probe';

const probe = (window as unknown as { __bench: BenchProbe }).__bench;

/**
 * Wraps a variant's form: its layout effect runs once the form's first commit put every input
 * in the DOM, and tells the probe; `keyField` is the selector the runner types into, `keyError`
 * matches once that field shows its error.
 */
export function Mounted({
  keyField,
  keyError,
  children,
}: {
  keyField: string;
  keyError: string;
  children: ReactNode;
}) {
  useLayoutEffect(() => {
    probe.keyField = keyField;
    probe.keyError = keyError;
    probe.markCommitted();
  }, [keyField, keyError]);
  return children;
}
