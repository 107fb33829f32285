/**
 * fast-check arbitraries for the fault suite's fuzzing: request bodies that are arbitrary JSON
 * or a valid body with one mutation that makes it invalid, so the server must refuse each one.
 */
import fc from 'fast-check';
import { fixtureDefinition } from '../../testing/fixtureDefinition';

/** Actions of the fixture flow: an arbitrary body naming one could be a valid command. */
const ACTIONS = new Set(['note', 'assign', 'agree', 'fail', 'return', 'visit', 'close', 'reopen']);

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** Any JSON value that is not a plain object (wrong type for a field that wants one). */
const notObject = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 4 }),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const notString = fc.oneof(
  notObject.filter((v) => typeof v !== 'string'),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);

/** Puts `value` under `key` somewhere inside `target` (a random existing object). */
function plant(target: unknown, key: string, value: unknown, pick: number): unknown {
  const objects: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') {
      if (!Array.isArray(v)) objects.push(v as Record<string, unknown>);
      for (const child of Object.values(v)) walk(child);
    }
  };
  const copy = structuredClone(target);
  walk(copy);
  const host = objects[pick % objects.length]!;
  Object.defineProperty(host, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

/** Text-level mutations of a valid body's JSON that no parser accepts. */
function textMutations(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    // cut short: the outer object is never closed
    fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n)),
    // a stray character where a token should be
    fc
      .tuple(
        fc.integer({ min: 1, max: valid.length - 1 }),
        fc.constantFrom(',', ':', '}', ']', "'", 'x'),
      )
      .map(([at, ch]) => `${valid.slice(0, at)}${ch}${ch}${valid.slice(at)}`)
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      }),
    // nested far too deep at a random spot of the value
    fc
      .integer({ min: 33, max: 5000 })
      .map((d) => `${valid.slice(0, -1)},"deep":${'['.repeat(d)}${']'.repeat(d)}}`),
  );
}

/** Planted forbidden keys, serialized (JSON.stringify keeps an own `__proto__` property). */
function forbiddenKeyMutation(valid: unknown): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...FORBIDDEN), fc.jsonValue(), fc.nat())
    .map(([key, value, pick]) => JSON.stringify(plant(valid, key, value, pick)));
}

/**
 * Bodies for `POST /cases/:id/commands` that must all be refused: arbitrary JSON (never naming
 * a real action), or `{ type: 'note', data: { note }, reason }` with one thing broken.
 *
 * @example
 * ```ts
 * await fc.assert(fc.asyncProperty(fuzzCommandBody(), async (body) => { ... }));
 * ```
 */
export function fuzzCommandBody(): fc.Arbitrary<string> {
  const valid = { type: 'note', data: { note: '记录' }, reason: '原因' };
  const text = JSON.stringify(valid);
  const field = fc
    .string({ minLength: 1, maxLength: 12 })
    .filter((k) => !['type', 'data', 'reason', ...FORBIDDEN].includes(k));
  return fc.oneof(
    fc
      .jsonValue()
      .filter(
        (v) =>
          !(
            v &&
            typeof v === 'object' &&
            !Array.isArray(v) &&
            ACTIONS.has(String((v as { type?: unknown }).type))
          ),
      )
      .map((v) => JSON.stringify(v)),
    fc.tuple(field, fc.jsonValue()).map(([k, v]) => JSON.stringify({ ...valid, [k]: v })),
    notString.map((type) => JSON.stringify({ ...valid, type })),
    notObject.map((data) => JSON.stringify({ ...valid, data })),
    notString.map((note) => JSON.stringify({ ...valid, data: { note } })),
    fc
      .tuple(field, fc.jsonValue())
      .map(([k, v]) => JSON.stringify({ ...valid, data: { note: 'x', [k]: v } })),
    notString.filter((r) => r !== undefined).map((reason) => JSON.stringify({ ...valid, reason })),
    forbiddenKeyMutation(valid),
    textMutations(text),
  );
}

const DEFINITION_FIELDS = [
  'id',
  'version',
  'caseType',
  'title',
  'roles',
  'forms',
  'outcomes',
  'startForm',
  'machine',
] as const;
const KNOWN_FIELDS = new Set(['$schema', 'description', 'starters', 'meta', ...DEFINITION_FIELDS]);

/**
 * Bodies for `PUT /definitions/:id/draft` (the path naming the fixture flow) that must all be
 * refused: arbitrary JSON, or the fixture definition with a field missing, of the wrong type,
 * an unknown field, a different id, a planted forbidden key, or broken text.
 *
 * @example
 * ```ts
 * await fc.assert(fc.asyncProperty(fuzzDraftBody(), async (body) => { ... }));
 * ```
 */
export function fuzzDraftBody(): fc.Arbitrary<string> {
  const valid = fixtureDefinition as unknown as Record<string, unknown>;
  const text = JSON.stringify(valid);
  const wrongType = (field: string) => {
    const actual = valid[field];
    const kind = Array.isArray(actual) ? 'array' : typeof actual;
    return notObject.filter((v) => (Array.isArray(v) ? 'array' : typeof v) !== kind || v === null);
  };
  return fc.oneof(
    fc
      .jsonValue()
      .filter(
        (v) => !(v && typeof v === 'object' && (v as { id?: unknown }).id === fixtureDefinition.id),
      )
      .map((v) => JSON.stringify(v)),
    fc.constantFrom('id', 'version', 'caseType', 'roles', 'forms', 'machine').map((field) => {
      const { [field]: _gone, ...rest } = valid;
      return JSON.stringify(rest);
    }),
    fc
      .constantFrom(...DEFINITION_FIELDS)
      .chain((field) => wrongType(field).map((v) => JSON.stringify({ ...valid, [field]: v }))),
    fc
      .tuple(
        fc
          .string({ minLength: 1, maxLength: 12 })
          .filter((k) => !KNOWN_FIELDS.has(k) && !FORBIDDEN.includes(k)),
        fc.jsonValue(),
      )
      .map(([k, v]) => JSON.stringify({ ...valid, [k]: v })),
    fc
      .stringMatching(/^[a-z][a-z0-9-]{0,20}$/)
      .filter((id) => id !== fixtureDefinition.id)
      .map((id) => JSON.stringify({ ...valid, id })),
    forbiddenKeyMutation(valid),
    textMutations(text),
  );
}
