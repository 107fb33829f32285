import { readFileSync } from 'node:fs';
import type { Locale } from '@gridcase/forms';
import { gridcaseError } from '../errors';

/** A definition file as read, or why it is unusable (exit code 2). */
export type ReadResult = { ok: true; doc: unknown } | { ok: false; message: string };

/**
 * Reads and parses a JSON file; any failure is an unusable-input message.
 *
 * @example
 * ```ts
 * const read = readDefinition('county.json', 'en');
 * ```
 */
export function readDefinition(file: string, locale: Locale): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, message: unusable(reason, locale) };
  }
  try {
    const doc: unknown = JSON.parse(text);
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      return { ok: false, message: unusable(`${file}: not a JSON object`, locale) };
    }
    return { ok: true, doc };
  } catch (err) {
    const reason = `${file}: ${err instanceof Error ? err.message : String(err)}`;
    return { ok: false, message: unusable(reason, locale) };
  }
}

function unusable(reason: string, locale: Locale): string {
  const err = gridcaseError('definition.unusableInput', { reason }, locale);
  return `${err.message}\n${err.hint}`;
}
