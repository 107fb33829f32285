import type { gateMessages } from './messages';

/** Codes the gate reports: the keys of its catalog that are not hints. */
export type GateCode = Exclude<keyof typeof gateMessages, `${string}.hint`>;

/** A finding before translation. */
export interface RawFinding {
  pointer: string;
  code: GateCode;
  params?: Record<string, unknown>;
}

/** Appends a key to a JSON pointer, escaping `~` and `/`. */
export function pointerJoin(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
