import { describe, expect, it } from 'vitest';
import { countValues, schemaCapacity } from './capacity';

const text = { type: 'string', maxLength: 10 };

describe('schemaCapacity', () => {
  it('counts closed objects, bounded arrays and scalars', () => {
    expect(schemaCapacity(text)).toBe(1);
    expect(
      schemaCapacity({
        type: 'object',
        additionalProperties: false,
        properties: { a: text, b: text },
      }),
    ).toBe(3);
    expect(schemaCapacity({ type: 'array', maxItems: 3, items: text })).toBe(4);
    expect(schemaCapacity({ type: 'array', maxItems: 0 })).toBe(1);
  });

  it('is unbounded for open objects, unbounded arrays and untyped values', () => {
    expect(schemaCapacity({ type: 'object', properties: { a: text } })).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(schemaCapacity({ type: 'array', items: text })).toBe(Number.POSITIVE_INFINITY);
    expect(schemaCapacity({})).toBe(Number.POSITIVE_INFINITY);
  });

  it('uses the tightest of enum, const, allOf and the largest of anyOf/oneOf', () => {
    expect(schemaCapacity({ enum: ['a', ['b', 'c']] })).toBe(3);
    expect(schemaCapacity({ const: { a: 1 } })).toBe(2);
    expect(
      schemaCapacity({
        allOf: [
          { type: 'array', maxItems: 5, items: text },
          { type: 'array', maxItems: 2, items: text },
        ],
      }),
    ).toBe(3);
    expect(schemaCapacity({ anyOf: [text, { type: 'array', maxItems: 2, items: text }] })).toBe(3);
  });

  it('follows references once each and treats recursion as unbounded', () => {
    const $defs: Record<string, unknown> = { d30: text };
    for (let i = 0; i < 30; i++) {
      $defs[`d${i}`] = {
        type: 'object',
        additionalProperties: false,
        properties: { l: { $ref: `#/$defs/d${i + 1}` }, r: { $ref: `#/$defs/d${i + 1}` } },
      };
    }
    expect(schemaCapacity({ $defs, $ref: '#/$defs/d0' })).toBe(2 ** 31 - 1);
    expect(
      schemaCapacity({
        type: 'object',
        additionalProperties: false,
        properties: { c: { $ref: '#' } },
      }),
    ).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('countValues', () => {
  it('counts every object, array and scalar', () => {
    expect(countValues({ a: [1, 2], b: null, c: { d: 'x' } }, 100)).toBe(7);
  });

  it('stops early once the limit cannot be met', () => {
    const huge = Array.from({ length: 1_000_000 }, () => ({ a: 1 }));
    expect(countValues({ list: huge }, 100)).toBeGreaterThan(100);
  });

  it('copes with nesting that would overflow a recursive walk', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(countValues(deep, 1_000_000)).toBe(100_001);
  });
});
