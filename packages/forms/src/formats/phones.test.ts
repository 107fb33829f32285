import { describe, expect, it } from 'vitest';
import { isCnLandline } from './cnLandline';
import { isCnMobile } from './cnMobile';

describe('cn-mobile', () => {
  it.each(['13800138000', '15912345678', '16612345678', '17012345678', '19912345678'])(
    'accepts %s',
    (value) => {
      expect(isCnMobile(value)).toBe(true);
    },
  );

  it.each([
    '12345678901',
    '1380013800',
    '138001380001',
    '+8613800138000',
    '138 0013 8000',
    '138-0013-8000',
    '23800138000',
    '１３８００１３８０００',
  ])('rejects %s', (value) => {
    expect(isCnMobile(value)).toBe(false);
  });
});

describe('cn-landline', () => {
  it.each([
    '010-62345678',
    '01062345678',
    '021-62345678',
    '0571-87654321',
    '0571-8765432',
    '0755-88889999-801',
    '0755-88889999转123',
    '0471-6543210#12',
  ])('accepts %s', (value) => {
    expect(isCnLandline(value)).toBe(true);
  });

  it.each([
    ['12345678', 'no area code'],
    ['010-02345678', 'number starts with 0'],
    ['010-12345678', 'number starts with 1'],
    ['0101-2345678', 'no such area code'],
    ['020-123456', 'number too short'],
    ['020-123456789', 'number too long'],
    ['0755-88889999-1234567', 'extension too long'],
    ['13800138000', 'a mobile number'],
  ])('rejects %s (%s)', (value) => {
    expect(isCnLandline(value)).toBe(false);
  });
});
