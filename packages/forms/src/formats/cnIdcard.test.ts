import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnIdcardCheckDigit, cnIdcardProblem, isCnIdcard } from './cnIdcard';

/** An ID number with a correct check character, built with the GB 11643 algorithm. */
const withCheck = (first17: string) => first17 + cnIdcardCheckDigit(first17);

describe('cn-idcard (GB 11643)', () => {
  it('accepts the sample number published in GB 11643-1999', () => {
    expect(cnIdcardCheckDigit('11010519491231002')).toBe('X');
    expect(isCnIdcard('11010519491231002X')).toBe(true);
  });

  it('accepts numbers whose check character the algorithm computes', () => {
    for (const first17 of [
      '44030519900101123',
      '31010420000229001',
      '65010219850715456',
      '81000019990909001',
    ]) {
      expect(isCnIdcard(withCheck(first17)), first17).toBe(true);
    }
  });

  it('accepts any plausible 17 digits with the computed check character, and no other check', () => {
    const first17 = fc
      .tuple(
        fc.constantFrom('11', '32', '44', '65', '83'),
        fc.integer({ min: 0, max: 9999 }),
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2020-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([province, county, birth, sequence]) =>
          province +
          String(county).padStart(4, '0') +
          birth.toISOString().slice(0, 10).replaceAll('-', '') +
          String(sequence).padStart(3, '0'),
      );
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (digits, check) => {
        expect(isCnIdcard(digits + check)).toBe(check === cnIdcardCheckDigit(digits));
      }),
    );
  });

  it.each([
    ['110105194912310021', 'checkDigit'],
    ['11010519491231002x', 'characters'],
    ['11010519491231002', 'length'],
    ['11010519491231002XX', 'length'],
    ['1101051949123100AX', 'characters'],
    ['99010519491231002X', 'region'],
    ['00010519491231002X', 'region'],
    [withCheck('11010519900230123'), 'birthDate'],
    [withCheck('11010519000229123'), 'birthDate'],
    [withCheck('11010518991231123'), 'birthDate'],
    [withCheck('11010520991231123'), 'birthDate'],
    [withCheck('11010519901301123'), 'birthDate'],
  ])('rejects %s (%s)', (value, problem) => {
    expect(cnIdcardProblem(value)).toBe(problem);
    expect(isCnIdcard(value)).toBe(false);
  });

  it('accepts 29 February in leap years only', () => {
    expect(isCnIdcard(withCheck('11010520000229123'))).toBe(true);
    expect(isCnIdcard(withCheck('11010520040229123'))).toBe(true);
    expect(isCnIdcard(withCheck('11010520010229123'))).toBe(false);
  });

  it('rejects a birth date after the given day and accepts one on it', () => {
    const value = withCheck('11010520240501123');
    expect(cnIdcardProblem(value, new Date(2024, 3, 30))).toBe('birthDate');
    expect(cnIdcardProblem(value, new Date(2024, 4, 1))).toBeUndefined();
  });
});
