import { describe, expect, it } from 'vitest';
import { compileLinear } from './linearRegExp';
import { isSimplePattern } from './simplePattern';

const simple = [
  '^1[3-9]\\d{9}$',
  '^\\d{17}[\\dX]$',
  '^[A-Z]{2}-\\d{4}-\\d{6}$',
  '^\\d{1,3}号楼$',
  '^[\\u4e00-\\u9fa5]{2,4}$',
  '^[a-z0-9\\-]+$',
  '^\\w+',
  '^0\\d{2,3}-\\d{7,8}$',
  '^[^\\\\/]{1,40}$',
];

const notSimple = [
  ['\\d{6}', 'not anchored at the start'],
  ['^(a|aa)+$', 'a group'],
  ['^a|b$', 'alternation'],
  ['^\\d+\\d+$', 'two unbounded counts'],
  ['^a*b*$', 'two unbounded counts'],
  ['^a{1,100}b{1,100}$', 'bounded counts splitting 10,000 ways'],
  ['^.{1,5}$', '`.` differs between the engines'],
  ['^\\s*x$', '`\\s` differs between the engines'],
  ['^\\p{Script=Han}+$', 'a property escape'],
  ['^(\\w)\\1$', 'a backreference'],
  ['^a+?$', 'a lazy quantifier'],
  ['^[]a]$', 'an empty class'],
  ['^[[a]]$', 'a nested class'],
  ['^a$b', '`$` before the end'],
  ['^a{3,1}$', 'an empty count range'],
  ['^\\bword$', 'a word boundary'],
];

const inputs = [
  '',
  '13800138000',
  '11010519491231002X',
  'AB-2026-000123',
  '12号楼',
  '张三',
  'abc-123',
  '010-12345678',
  'a/b',
  'word',
  '\n',
  '😀',
  'X'.repeat(50),
];

describe('isSimplePattern', () => {
  it.each(simple)('takes %s', (pattern) => {
    expect(isSimplePattern(pattern)).toBe(true);
  });

  it.each(notSimple)('refuses %s (%s)', (pattern) => {
    expect(isSimplePattern(pattern)).toBe(false);
  });

  it.each(simple)('gives the same answer as RE2 for %s', (pattern) => {
    const native = new RegExp(pattern, 'u');
    const re2 = compileLinear(pattern);
    for (const input of [...inputs, ...simple]) {
      expect(native.test(input), JSON.stringify(input)).toBe(re2.test(input));
    }
  });

  it('keeps a taken pattern fast on a long hostile input', () => {
    const native = /^[a-z0-9-]+$/u;
    const started = performance.now();
    expect(native.test(`${'a'.repeat(1999)}!`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
