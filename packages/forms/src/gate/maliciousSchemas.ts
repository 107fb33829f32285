import type { JsonSchema } from '../types';

/** A hostile or careless schema and the finding codes the gate must give it (at least these). */
export interface MaliciousCase {
  name: string;
  schema: unknown;
  codes: string[];
}

const closed = (properties: Record<string, unknown>, extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...extra,
});
const text = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', maxLength: 100, ...extra });

function nested(depth: number): JsonSchema {
  let schema: JsonSchema = text();
  for (let i = 0; i < depth; i++) schema = closed({ a: schema });
  return schema;
}

function wide(count: number): JsonSchema {
  return closed(Object.fromEntries(Array.from({ length: count }, (_, i) => [`field${i}`, text()])));
}

function refChain(length: number): JsonSchema {
  const $defs: Record<string, unknown> = { [`d${length}`]: text() };
  for (let i = 0; i < length; i++) {
    $defs[`d${i}`] = closed({
      left: { $ref: `#/$defs/d${i + 1}` },
      right: { $ref: `#/$defs/d${i + 1}` },
    });
  }
  return { $defs, $ref: '#/$defs/d0' };
}

function cyclic(): unknown {
  const schema: Record<string, unknown> = {
    type: 'object',
    additionalProperties: false,
    properties: {},
  };
  (schema.properties as Record<string, unknown>).self = schema;
  return schema;
}

/**
 * The malicious-schema corpus of the publish gate (research/reliability.md §3): ReDoS patterns,
 * compile bombs (width, depth, reference fan-out), `$data`, quadratic `uniqueItems`, prototype
 * names, escapes from the document, and payload-size bombs.
 */
export const maliciousSchemas: MaliciousCase[] = [
  {
    name: 'nested quantifier (a+)+',
    schema: closed({ a: text({ pattern: '^(a+)+$' }) }),
    codes: ['pattern.backtracking'],
  },
  {
    name: 'repeated alternation (a|a)*',
    schema: closed({ a: text({ pattern: '^(a|a)*$' }) }),
    codes: ['pattern.backtracking'],
  },
  {
    name: 'words with optional spaces',
    schema: closed({ a: text({ pattern: '^([a-z]+\\s?)*$' }) }),
    codes: ['pattern.backtracking'],
  },
  {
    name: 'repeat count over RE2 limit',
    schema: closed({ a: text({ pattern: '^a{1001}$' }) }),
    codes: ['pattern.unsafe'],
  },
  {
    name: 'backreference',
    schema: closed({ a: text({ pattern: '^(\\w+)\\s\\1$' }) }),
    codes: ['pattern.unsafe'],
  },
  {
    name: 'lookahead',
    schema: closed({ a: text({ pattern: '^(?=.*\\d)(?=.*[a-z]).{8,}$' }) }),
    codes: ['pattern.unsafe'],
  },
  {
    name: 'negative lookbehind',
    schema: closed({ a: text({ pattern: '(?<!x)y' }) }),
    codes: ['pattern.unsafe'],
  },
  {
    name: 'repetition bomb',
    schema: closed({ a: text({ pattern: '((a{1000}){1000}){1000}' }) }),
    codes: ['pattern.backtracking'],
  },
  {
    name: 'overlong pattern',
    schema: closed({ a: text({ pattern: `^${'(a|b)?'.repeat(200)}$` }) }),
    codes: ['pattern.tooLong'],
  },
  {
    name: 'invalid pattern',
    schema: closed({ a: text({ pattern: '[' }) }),
    codes: ['pattern.unsafe'],
  },
  {
    name: '150 patterns',
    schema: closed(
      Object.fromEntries(
        Array.from({ length: 150 }, (_, i) => [`p${i}`, text({ pattern: `^${i}$` })]),
      ),
    ),
    codes: ['schema.tooManyPatterns'],
  },
  {
    name: '3,000 properties',
    schema: wide(3000),
    codes: ['schema.tooLarge'],
  },
  { name: '301 properties', schema: wide(301), codes: ['schema.tooManyProperties'] },
  { name: 'nesting 600 deep', schema: nested(600), codes: ['schema.tooDeep'] },
  { name: 'nesting 9 deep', schema: nested(9), codes: ['schema.tooDeep'] },
  {
    name: 'nesting 20,000 deep (beyond JSON.stringify in Node)',
    schema: nested(20_000),
    codes: ['schema.tooLarge'],
  },
  { name: 'reference fan-out 2^40', schema: refChain(40), codes: ['schema.tooDeep'] },
  {
    name: '$data in maxLength',
    schema: closed({ a: text({ maxLength: { $data: '1/b' } }), b: { type: 'integer' } }),
    codes: ['keyword.$data'],
  },
  {
    name: '$data in pattern',
    schema: closed({ a: text({ pattern: { $data: '1/b' } }), b: text() }),
    codes: ['keyword.$data'],
  },
  {
    name: '$data in const',
    schema: closed({ a: { const: { $data: '1/b' } }, b: text() }),
    codes: ['keyword.$data'],
  },
  {
    name: 'enum of 100,000 values',
    schema: closed({
      a: { type: 'string', enum: Array.from({ length: 100_000 }, (_, i) => `v${i}`) },
    }),
    codes: ['schema.tooLarge'],
  },
  {
    name: 'enum of 501 values',
    schema: closed({ a: { type: 'integer', enum: Array.from({ length: 501 }, (_, i) => i) } }),
    codes: ['enum.tooLarge'],
  },
  {
    name: 'uniqueItems over 20,000 objects',
    schema: closed({
      a: { type: 'array', uniqueItems: true, maxItems: 20_000, items: closed({ x: text() }) },
    }),
    codes: ['array.maxItems', 'uniqueItems.unbounded'],
  },
  {
    name: 'uniqueItems over unbounded objects',
    schema: closed({ a: { type: 'array', uniqueItems: true, items: closed({ x: text() }) } }),
    codes: ['uniqueItems.unbounded'],
  },
  {
    name: '__proto__ property',
    schema: JSON.parse(
      '{"type":"object","additionalProperties":false,"properties":{"__proto__":{"type":"object","additionalProperties":false,"properties":{"isAdmin":{"type":"boolean"}}}}}',
    ),
    codes: ['property.forbiddenName'],
  },
  {
    name: 'constructor property',
    schema: closed({ constructor: text() }),
    codes: ['property.forbiddenName'],
  },
  {
    name: 'prototype required',
    schema: closed({ a: text() }, { required: ['prototype'] }),
    codes: ['property.forbiddenName'],
  },
  {
    name: 'external $ref',
    schema: closed({ a: { $ref: 'https://attacker.example/schema.json' } }),
    codes: ['ref.external'],
  },
  {
    name: 'file $ref',
    schema: closed({ a: { $ref: 'file:///etc/passwd' } }),
    codes: ['ref.external'],
  },
  { name: 'recursive $ref', schema: closed({ child: { $ref: '#' } }), codes: ['ref.recursive'] },
  {
    name: '$id hijack',
    schema: { ...closed({ a: text() }), $id: 'https://json-schema.org/draft/2020-12/schema' },
    codes: ['keyword.unsupported'],
  },
  {
    name: '$dynamicRef',
    schema: closed({ a: { $dynamicRef: '#meta' } }),
    codes: ['keyword.unsupported'],
  },
  {
    name: 'patternProperties',
    schema: { ...closed({}), patternProperties: { '^(a+)+$': text() } },
    codes: ['keyword.unsupported'],
  },
  {
    name: 'unknown keyword',
    schema: closed({ a: text({ maxLenght: 10 }) }),
    codes: ['keyword.unknown'],
  },
  {
    name: 'code-like keyword',
    schema: closed({ a: text({ 'x-eval': 'process.exit()' }) }),
    codes: ['keyword.unknown'],
  },
  {
    name: 'unknown format',
    schema: closed({ a: text({ format: 'regex' }) }),
    codes: ['format.unknown'],
  },
  {
    name: 'string without maxLength',
    schema: closed({ a: { type: 'string' } }),
    codes: ['string.maxLength'],
  },
  {
    name: 'string maxLength 1e9',
    schema: closed({ a: { type: 'string', maxLength: 1e9 } }),
    codes: ['string.maxLength'],
  },
  {
    name: 'array without maxItems',
    schema: closed({ a: { type: 'array', items: text() } }),
    codes: ['array.maxItems'],
  },
  {
    name: 'open object',
    schema: { type: 'object', properties: { a: text() } },
    codes: ['object.additionalProperties'],
  },
  { name: 'field accepting anything', schema: closed({ a: {} }), codes: ['schema.untyped'] },
  {
    name: 'list of lists: 40,000 values',
    schema: closed({
      a: { type: 'array', maxItems: 200, items: { type: 'array', maxItems: 200, items: text() } },
    }),
    codes: ['schema.tooManyValues'],
  },
  {
    name: 'draft-04 dialect',
    schema: { ...closed({}), $schema: 'http://json-schema.org/draft-04/schema#' },
    codes: ['schema.dialect'],
  },
  { name: 'cyclic object', schema: cyclic(), codes: ['schema.notJson'] },
  { name: 'not an object', schema: 'DROP TABLE cases', codes: ['schema.notJson'] },
];
