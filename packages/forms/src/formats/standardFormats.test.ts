import { describe, expect, it } from 'vitest';
import { standardFormats } from './standardFormats';

describe('standard formats', () => {
  it.each([
    ['date', '2024-02-29', '2023-02-29'],
    ['time', '09:30:00+08:00', '25:00:00Z'],
    ['date-time', '2024-05-01T09:30:00+08:00', '2024-05-01 9:30'],
    ['email', 'li.min@example.cn', 'li.min@'],
    ['uri', 'https://gov.example.cn/a?b=1', 'not a uri'],
    ['uuid', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', '3f2504e0-4f89-11d3-9a0c'],
    ['ipv4', '192.168.1.20', '256.1.1.1'],
  ] as const)('%s accepts %s and rejects %s', (name, valid, invalid) => {
    expect(standardFormats[name](valid)).toBe(true);
    expect(standardFormats[name](invalid)).toBe(false);
  });

  it('rejects strings longer than any valid value before scanning them', () => {
    const long = `${'a'.repeat(1 << 20)}@example.cn`;
    for (const check of Object.values(standardFormats)) expect(check(long)).toBe(false);
  });
});
