import { describe, expect, it } from 'vitest';
import { compileLinear, linearRegExp, MAX_PATTERN_INPUT } from './linearRegExp';

/** Patterns forms use, each with inputs; RE2 must agree with JavaScript's own engine on them. */
const agreeing: [string, string[]][] = [
  ['^1[3-9]\\d{9}$', ['13800138000', '12800138000', '1380013800', '138001380001']],
  ['^\\d{17}[\\dX]$', ['11010519491231002X', '11010519491231002x', '1101051949123100']],
  ['^[A-Z]{2}\\d{8}$', ['AB12345678', 'ab12345678', 'AB1234567']],
  ['^(?<year>\\d{4})-(?<month>\\d{2})$', ['2024-05', '24-05']],
  ['^[\\u4e00-\\u9fa5]{2,4}$', ['张三', '欧阳小明', '张', 'Zhang']],
  ['^\\p{Script=Han}+$', ['张三', 'Zhang']],
  ['^\\P{sc=Han}+$', ['张三', 'Zhang']],
  ['^\\\\p\\{Script=Han\\}$', ['\\p{Script=Han}', '张']],
  ['a/b', ['xa/by', 'ab']],
  ['^.$', ['😀', 'ab']],
  ['colou?r', ['the color', 'the colour', 'the colr']],
  ['^\\s*\\S+\\s*$', ['  word  ', 'two words']],
];

describe('linearRegExp', () => {
  it.each(agreeing)('agrees with JavaScript on %s', (pattern, inputs) => {
    const native = new RegExp(pattern, 'u');
    for (const input of inputs)
      expect(linearRegExp(pattern, 'u').test(input), input).toBe(native.test(input));
  });

  it('refuses what RE2 cannot run in linear time', () => {
    expect(() => compileLinear('^(\\w+)\\s\\1$')).toThrow(/invalid escape/);
    expect(() => compileLinear('^(?=a)a$')).toThrow(/Perl syntax/);
  });

  it('runs a catastrophic pattern on a long input at once', () => {
    const started = performance.now();
    expect(linearRegExp('^(a|aa)+$', 'u').test(`${'a'.repeat(1999)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never matches strings longer than its input ceiling', () => {
    expect(linearRegExp('a', 'u').test('a'.repeat(MAX_PATTERN_INPUT))).toBe(true);
    expect(linearRegExp('a', 'u').test('a'.repeat(MAX_PATTERN_INPUT + 1))).toBe(false);
  });

  it('gives Ajv a distinct cache key per pattern', () => {
    expect(String(linearRegExp('^a$', 'u'))).not.toBe(String(linearRegExp('^b$', 'u')));
  });
});
