import type { UiSchema } from '../types';
import { isVisible } from './isVisible';
import { getPath, omitPath, setPath } from './paths';

/** What remains of the data once hidden fields are dropped, and which paths were hidden. */
export interface StrippedData {
  data: unknown;
  /** Dotted paths of hidden fields, absolute from the form root (`parties.1.companyCode`). */
  hidden: string[];
}

function prefixed(prefix: string, key: string): string {
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** Hides fields of one UI level until nothing changes: hiding a field can hide those that depend on it. */
function stripLevel(ui: UiSchema, scope: unknown, prefix: string, hidden: string[]): unknown {
  const fields = Object.entries(ui.fields ?? {});
  const hiddenHere = new Set<string>();
  let current = scope;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, fieldUi] of fields) {
      if (hiddenHere.has(key) || isVisible(fieldUi, current)) continue;
      hiddenHere.add(key);
      current = omitPath(current, key);
      changed = true;
    }
  }
  for (const key of hiddenHere) hidden.push(prefixed(prefix, key));
  for (const [key, fieldUi] of fields) {
    if (!fieldUi.items || hiddenHere.has(key)) continue;
    const value = getPath(current, key);
    const next = Array.isArray(value)
      ? stripEntries(fieldUi.items, value, prefixed(prefix, key), hidden)
      : value !== null && typeof value === 'object'
        ? stripLevel(fieldUi.items, value, prefixed(prefix, key), hidden)
        : value;
    if (next !== value) current = setPath(current, key, next);
  }
  return current;
}

/** Strips each entry of a list with the entries' UI; copies the list only if an entry changed. */
function stripEntries(ui: UiSchema, list: unknown[], prefix: string, hidden: string[]): unknown[] {
  let copy: unknown[] | undefined;
  list.forEach((entry, index) => {
    const next = stripLevel(ui, entry, prefixed(prefix, String(index)), hidden);
    if (next !== entry) {
      copy ??= [...list];
      copy[index] = next;
    }
  });
  return copy ?? list;
}

/**
 * Drops the values of fields that `visibleIf` hides, at the top level, inside each entry of lists
 * and inside nested objects whose UI has `items` (conditions there read the entry or the object). The input is never changed; containers on changed paths are copied.
 *
 * @example
 * ```ts
 * const ui = { fields: { companyCode: { visibleIf: { field: 'kind', equals: 'company' } } } };
 * stripHidden(ui, { kind: 'person', companyCode: 'x' });
 * // { data: { kind: 'person' }, hidden: ['companyCode'] }
 * ```
 */
export function stripHidden(ui: UiSchema | undefined, data: unknown): StrippedData {
  const hidden: string[] = [];
  if (!ui?.fields) return { data, hidden };
  return { data: stripLevel(ui, data, '', hidden), hidden };
}

/**
 * Whether a dotted path lies in (or is) one of the hidden paths.
 *
 * @example
 * ```ts
 * isUnderHidden('parties.0.code', ['parties.0.code']); // true
 * ```
 */
export function isUnderHidden(path: string, hidden: readonly string[]): boolean {
  return hidden.some((h) => path === h || path.startsWith(`${h}.`));
}
