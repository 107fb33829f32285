import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnUsccCheckChar, isCnUscc } from './cnUscc';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('cn-uscc (GB 32100)', () => {
  it.each([
    ['91350100M000100Y43', 'the example printed in GB 32100 explanations'],
    ['91110108551385082Q', 'a Beijing Haidian company'],
    ['914403001922038216', 'a Shenzhen company'],
  ])('accepts the published code %s (%s)', (code) => {
    expect(isCnUscc(code)).toBe(true);
  });

  it('accepts any code carrying the computed check character, and no other', () => {
    const char = fc.constantFrom(...ALPHABET);
    const digit = fc.constantFrom(...'0123456789');
    const first17 = fc
      .tuple(
        fc.array(char, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 6, maxLength: 6 }),
        fc.array(char, { minLength: 9, maxLength: 9 }),
      )
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(first17, char, (head, check) => {
        expect(isCnUscc(head + check)).toBe(check === cnUsccCheckChar(head));
      }),
    );
  });

  it.each([
    ['91350100M000100Y44', 'wrong check character'],
    ['91350100M000100Y4', 'too short'],
    ['91350100M000100Y433', 'too long'],
    ['91350100m000100y43', 'lower case'],
    ['91350100M000100I43', 'I is not in the alphabet'],
    ['91350100M000100O43', 'O is not in the alphabet'],
    ['9135010AM000100Y43', 'letter in the division code'],
  ])('rejects %s (%s)', (code) => {
    expect(isCnUscc(code)).toBe(false);
  });

  it('has no check character for characters outside the alphabet', () => {
    expect(cnUsccCheckChar('91350100M000100Z4')).toBeUndefined();
  });
});
