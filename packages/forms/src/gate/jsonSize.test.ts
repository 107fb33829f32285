import { describe, expect, it } from 'vitest';
import { jsonSize } from './jsonSize';

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('jsonSize', () => {
  it.each([
    [null],
    [true],
    [-12.5],
    ['é"\\\n'],
    [[1, [2, 'x'], {}]],
    [{ a: { b: [null, false] }, ü: '张三' }],
    [{ type: 'object', properties: { a: { type: 'string', maxLength: 3 } } }],
  ])('measures %j like JSON.stringify', (value) => {
    expect(jsonSize(value, 1e6)).toBe(utf8(value));
  });

  it('stops once past the limit', () => {
    expect(jsonSize('x'.repeat(1000), 10)).toBeGreaterThan(10);
  });

  it('copes with any depth', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(jsonSize(deep, 1e7)).toBe(400_001);
  });

  it('accepts shared references and refuses cycles and non-JSON values', () => {
    const shared = { a: 1 };
    expect(jsonSize({ x: shared, y: shared }, 1e6)).toBe(utf8({ x: shared, y: shared }));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = { back: cyclic };
    for (const value of [cyclic, () => 1, 10n, Number.NaN, { a: undefined }])
      expect(jsonSize(value, 1e6)).toBeUndefined();
  });
});
