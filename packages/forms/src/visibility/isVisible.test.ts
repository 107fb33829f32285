import { describe, expect, it } from 'vitest';
import { conditionHolds, isVisible } from './isVisible';

describe('isVisible', () => {
  it('shows a field without a condition', () => {
    expect(isVisible(undefined, {})).toBe(true);
    expect(isVisible({ widget: 'text' }, {})).toBe(true);
  });

  it('compares with equals, including objects and nested paths', () => {
    expect(conditionHolds({ field: 'kind', equals: 'company' }, { kind: 'company' })).toBe(true);
    expect(conditionHolds({ field: 'kind', equals: 'company' }, { kind: 'person' })).toBe(false);
    expect(conditionHolds({ field: 'place.grid', equals: 'g1' }, { place: { grid: 'g1' } })).toBe(
      true,
    );
    expect(conditionHolds({ field: 'range', equals: [1, 2] }, { range: [1, 2] })).toBe(true);
    expect(conditionHolds({ field: 'missing', equals: null }, {})).toBe(false);
  });

  it('checks membership with in', () => {
    const condition = { field: 'category', in: ['land', 'labour'] };
    expect(conditionHolds(condition, { category: 'labour' })).toBe(true);
    expect(conditionHolds(condition, { category: 'family' })).toBe(false);
  });

  it('treats undefined, null, empty text and empty lists as empty', () => {
    const condition = { field: 'x', notEmpty: true } as const;
    for (const x of [undefined, null, '', []]) expect(conditionHolds(condition, { x })).toBe(false);
    for (const x of [0, false, 'a', [1], {}]) expect(conditionHolds(condition, { x })).toBe(true);
  });

  it('reads only own properties of the data', () => {
    expect(conditionHolds({ field: 'constructor', notEmpty: true }, {})).toBe(false);
    expect(conditionHolds({ field: 'toString', notEmpty: true }, {})).toBe(false);
  });
});
