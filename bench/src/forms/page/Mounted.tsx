import { type ReactNode, useLayoutEffect } from 'react';
import type { BenchProbe } from './probe';

const probe = (window as unknown as { __bench: BenchProbe }).__bench;

/**
 * Wraps a variant's form: its layout effect runs once the form's first commit put every input
 * in the DOM, and tells the probe; `keyField` is the selector the runner types into.
 */
export function Mounted({ keyField, children }: { keyField: string; children: ReactNode }) {
  useLayoutEffect(() => {
    probe.keyField = keyField;
    probe.markCommitted();
  }, [keyField]);
  return children;
}
