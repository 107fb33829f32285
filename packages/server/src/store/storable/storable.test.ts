import { isGridcaseError } from '@gridcase/engine';
import { describe, expect, it } from 'vitest';
import { toStorable, toStorableJson } from './index';

const nested = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { v: value };
  return value;
};

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return isGridcaseError(error) ? error.code : `not coded: ${String(error)}`;
  }
  return 'no error';
};

describe('toStorableJson', () => {
  it('serializes plain JSON and copies with JSON semantics', () => {
    const input = { a: [1, 'x', null, true], b: undefined, when: new Date(0) };
    expect(toStorableJson(input)).toBe('{"a":[1,"x",null,true],"when":"1970-01-01T00:00:00.000Z"}');
    const copy = toStorable(input);
    expect(copy).toEqual({ a: [1, 'x', null, true], when: '1970-01-01T00:00:00.000Z' });
    expect(copy.a).not.toBe(input.a);
  });

  it('refuses a 10,000-deep value without overflowing the stack', () => {
    expect(codeOf(() => toStorableJson(nested(10_000)))).toBe('store.valueRejected');
    expect(codeOf(() => toStorableJson(nested(63)))).toBe('no error');
    expect(codeOf(() => toStorableJson(nested(65)))).toBe('store.valueRejected');
    expect(codeOf(() => toStorableJson(nested(5), 4))).toBe('store.valueRejected');
  });

  it('refuses what JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [{ n: Number.NaN }, { n: 1n }, { f: () => 1 }, cyclic, [Infinity]]) {
      expect(codeOf(() => toStorableJson(bad))).toBe('store.valueRejected');
    }
  });
});
