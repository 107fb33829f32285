import type { GuardRef } from '../types';
import { isObj, mergeSamples, schemaSamples } from './schemaSamples';

/** One way to meet (or fail) a guard: payload fields to send, roles the actor must hold. */
export interface Witness {
  data: Record<string, unknown>;
  roles: string[];
}

const MAX = 8;
const EMPTY: Witness = { data: {}, roles: [] };

/** `{ a: { b: value } }` for the field `a.b`. */
function at(field: string, value: unknown): Witness {
  const keys = field.split('.');
  let data: unknown = value;
  for (const key of keys.reverse()) data = { [key]: data };
  return { data: data as Record<string, unknown>, roles: [] };
}

/** A value equal to none of `values`. */
function other(values: unknown[]): unknown {
  const seen = new Set(values.map((v) => JSON.stringify(v)));
  return [null, false, '', 0, '—'].find((c) => !seen.has(JSON.stringify(c)));
}

function merge(a: Witness, b: Witness): Witness | undefined {
  const data = mergeSamples(a.data, b.data);
  return data && { data, roles: [...new Set([...a.roles, ...b.roles])] };
}

/** Every consistent combination of one witness from each list. */
function all(lists: Witness[][]): Witness[] {
  let acc = [EMPTY];
  for (const list of lists) {
    acc = acc
      .flatMap((a) => list.map((b) => merge(a, b)))
      .filter((w): w is Witness => w !== undefined)
      .slice(0, MAX);
  }
  return acc;
}

const any = (lists: Witness[][]): Witness[] => lists.flat().slice(0, MAX);

/**
 * Payloads and roles that should make a guard hold (`holds`) or fail, for path generation:
 * `fieldEquals` / `fieldIn` send the value(s), `dataMatches` samples its schema, `actorHasRole`
 * asks for the role; `and` / `or` / `not` combine (De Morgan for failing). Guards on the case's
 * own history (`reopenCountBelow`, `hasCoHandlers`) need nothing sent: the path decides them.
 * A witness is a guess; the machine has the last word.
 *
 * @example
 * ```ts
 * witnesses({ type: 'fieldIn', params: { field: 'level', values: ['major', 'serious'] } });
 * // [{ data: { level: 'major' }, roles: [] }, { data: { level: 'serious' }, roles: [] }]
 * ```
 */
export function witnesses(guard: GuardRef | undefined, holds = true): Witness[] {
  if (!guard) return [EMPTY];
  switch (guard.type) {
    case 'fieldEquals': {
      const { field, value } = guard.params;
      return [at(field, holds ? value : other([value]))];
    }
    case 'fieldIn': {
      const { field, values } = guard.params;
      return holds ? values.slice(0, MAX).map((v) => at(field, v)) : [at(field, other(values))];
    }
    case 'and': {
      const parts = guard.params.guards.map((g) => witnesses(g, holds));
      return holds ? all(parts) : any(parts);
    }
    case 'or': {
      const parts = guard.params.guards.map((g) => witnesses(g, holds));
      return holds ? any(parts) : all(parts);
    }
    case 'not':
      return witnesses(guard.params.guard, !holds);
    case 'dataMatches': {
      if (!holds) return [EMPTY];
      const samples = schemaSamples(guard.params.schema).filter(isObj);
      return samples.length ? samples.map((data) => ({ data, roles: [] })) : [EMPTY];
    }
    case 'actorHasRole':
      return holds ? [{ data: {}, roles: [guard.params.role] }] : [EMPTY];
    default:
      return [EMPTY];
  }
}

/**
 * Witnesses for taking one transition of an event's list: its own guard holds and the guards
 * of the transitions listed before it fail (xstate takes the first whose guard holds).
 *
 * @example
 * ```ts
 * transitionWitnesses([{ guard: litigation }, {}], 1); // channel is anything but litigation
 * ```
 */
export function transitionWitnesses(list: { guard?: GuardRef }[], index: number): Witness[] {
  const earlier = list.slice(0, index).map((t) => t.guard);
  if (earlier.some((g) => g === undefined)) return [];
  const fail = earlier.map((g) => witnesses(g, false));
  return all([witnesses(list[index]?.guard), ...fail]);
}
