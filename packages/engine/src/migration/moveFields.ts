import { readPath } from '../catalog';
import type { FieldMove } from '../types';

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function remove(data: Data, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(data, head)) return;
  if (rest.length === 0) {
    delete data[head];
    return;
  }
  const child = data[head];
  if (!isObject(child)) return;
  const copy = { ...child };
  remove(copy, rest);
  data[head] = copy;
}

function write(data: Data, path: string[], value: unknown): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return false;
  if (rest.length === 0) {
    data[head] = value;
    return true;
  }
  const child = Object.hasOwn(data, head) ? data[head] : {};
  if (!isObject(child)) return false;
  const copy = { ...child };
  if (!write(copy, rest, value)) return false;
  data[head] = copy;
  return true;
}

/** What moving fields did to one case's data. */
export type MovedFields =
  | { ok: true; data: Data; moved: FieldMove[] }
  | { ok: false; move: FieldMove };

/**
 * Applies a plan's field moves to case data, all together: each reads the old data, every
 * source is removed, then every value is written at its target. A move whose source the case
 * does not have does nothing. A target the case already holds a value at (and keeps) would be
 * overwritten: the case cannot move (`ok: false`, naming the move). The input is not changed.
 *
 * @example
 * ```ts
 * moveFields({ note: 'x' }, [{ from: 'note', to: 'acceptance.note' }]);
 * // { ok: true, data: { acceptance: { note: 'x' } }, moved: [{ from: 'note', to: 'acceptance.note' }] }
 * ```
 */
export function moveFields(data: Data, moves: readonly FieldMove[]): MovedFields {
  const present = moves.filter((m) => readPath(data, m.from) !== undefined);
  const next: Data = { ...data };
  for (const move of present) remove(next, move.from.split('.'));
  for (const move of present) {
    if (readPath(next, move.to) !== undefined) return { ok: false, move };
    if (!write(next, move.to.split('.'), structuredClone(readPath(data, move.from)))) {
      return { ok: false, move };
    }
  }
  return { ok: true, data: next, moved: present.map((m) => ({ from: m.from, to: m.to })) };
}
