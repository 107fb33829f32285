import { describe, expect, it } from 'vitest';
import { backtrackingRisk } from './backtrackingRisk';

describe('backtrackingRisk', () => {
  it.each([
    '^(a+)+$',
    '^(a*)*$',
    '^(a|a)*$',
    '^(a|aa)+$',
    '(.*a){20}',
    '^((ab)*c)+$',
    '^(?:\\d+,?)+$',
    '^([a-z]+\\s?)*$',
    '^(\\w+){2,}$',
    '((a{1000}){1000}){1000}',
  ])('flags %s', (pattern) => {
    expect(backtrackingRisk(pattern)).toBe(true);
  });

  it.each([
    '^1[3-9]\\d{9}$',
    '^\\d{17}[\\dX]$',
    '^[A-Z]{2}\\d{8}$',
    '^(?:010|02\\d|0[3-9]\\d{2})-?[2-9]\\d{6,7}$',
    '^(ab)?c+$',
    '^(a+)?$',
    '^[(+*)]+$',
    '^\\(a+\\)+$',
    '^\\p{Script=Han}{2,4}$',
    '^(?<year>\\d{4})-(?<month>\\d{2})$',
    '^(a|b)c*$',
  ])('accepts %s', (pattern) => {
    expect(backtrackingRisk(pattern)).toBe(false);
  });
});
