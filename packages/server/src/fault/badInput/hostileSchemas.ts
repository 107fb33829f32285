/**
 * Hostile form schemas a county admin could save in a draft: catastrophic or unsupported
 * patterns, oversize, over-deep and over-wide schemas, `$data`, unbounded strings, arrays and
 * `uniqueItems`, unknown keywords and references out of the document. Publishing any of them
 * must be refused by the forms publish gate (through the engine's lint) without blocking.
 */

const text = (extra: Record<string, unknown> = {}) => ({
  type: 'string',
  maxLength: 100,
  ...extra,
});
const closed = (properties: Record<string, unknown>) => ({
  type: 'object',
  additionalProperties: false,
  properties,
});

function nested(depth: number): Record<string, unknown> {
  let schema: Record<string, unknown> = text();
  for (let i = 0; i < depth; i++) schema = closed({ a: schema });
  return schema;
}

/** The id of the oversize schema in {@link hostileSchemas}' list (its index). */
export const OVERSIZE_SCHEMA = 0;

/**
 * The hostile schemas, oversize first.
 *
 * @example
 * ```ts
 * for (const schema of hostileSchemas()) publishGate(schema); // every one has findings
 * ```
 */
export function hostileSchemas(): unknown[] {
  return [
    closed(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`field${i}`, text()]))),
    closed({ a: text({ pattern: '^(a+)+$' }) }),
    closed({ a: text({ pattern: '^(a|a)*$' }) }),
    closed({ a: text({ pattern: '(x+x+)+y' }) }),
    closed({ a: text({ pattern: '^(\\d+)*$' }) }),
    closed({
      a: text({
        pattern:
          '^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$',
      }),
    }),
    closed({ a: text({ pattern: '(?=a)a' }) }),
    closed({ a: text({ pattern: '(a)\\1' }) }),
    closed({ a: text({ pattern: '[' }) }),
    closed({ a: text({ pattern: 'x'.repeat(501) }) }),
    nested(25),
    nested(9),
    closed({ a: text({ maxLength: { $data: '1/b' } }), b: { type: 'integer' } }),
    closed({ a: { type: 'string', enum: Array.from({ length: 100_000 }, (_, i) => `v${i}`) } }),
    closed({ a: { type: 'integer', enum: Array.from({ length: 501 }, (_, i) => i) } }),
    closed({
      a: { type: 'array', uniqueItems: true, maxItems: 20_000, items: closed({ x: text() }) },
    }),
    closed({ a: { type: 'string' } }),
    closed({ a: { type: 'array', items: text() } }),
    closed({ a: text({ maxLenght: 10 }) }),
    closed({ a: text({ format: 'no-such-format' }) }),
    { type: 'object', patternProperties: { '^x': text() } },
    closed({ a: { $ref: 'https://evil.example/schema.json' } }),
    closed({ a: { $ref: '#/$defs/missing' } }),
    { $ref: '#' },
    closed(Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`f${i}`, text()]))),
    closed(
      Object.fromEntries(
        Array.from({ length: 60 }, (_, i) => [`p${i}`, text({ pattern: `^${i}$` })]),
      ),
    ),
    closed({ [`${'n'.repeat(65)}`]: text() }),
    true,
    closed({ a: true }),
  ];
}
