import { describe, expect, it } from 'vitest';
import { patternChecks } from './patternChecks';

const coded = { type: 'string', maxLength: 10, pattern: '^\\d+$' };

describe('patternChecks', () => {
  it('counts each pattern once per value it can apply to', () => {
    expect(patternChecks(coded)).toBe(1);
    expect(
      patternChecks({
        type: 'object',
        additionalProperties: false,
        properties: {
          a: coded,
          list: {
            type: 'array',
            maxItems: 20,
            items: { type: 'object', properties: { b: coded, c: coded } },
          },
        },
      }),
    ).toBe(41);
  });

  it('counts referenced patterns where they are used, not in $defs', () => {
    expect(
      patternChecks({
        $defs: { code: coded, unused: coded },
        type: 'array',
        maxItems: 3,
        items: { $ref: '#/$defs/code' },
      }),
    ).toBe(3);
  });

  it('is unbounded for lists without maxItems and recursive references', () => {
    expect(patternChecks({ type: 'array', items: coded })).toBe(Number.POSITIVE_INFINITY);
    expect(patternChecks({ type: 'object', properties: { a: coded, child: { $ref: '#' } } })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('is zero for lists of values without patterns', () => {
    expect(patternChecks({ type: 'array', items: { type: 'string' } })).toBe(0);
  });
});
