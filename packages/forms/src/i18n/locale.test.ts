import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALES, localize } from './locale';

describe('locale helpers', () => {
  it('defaults to zh-CN and ships zh-CN then en', () => {
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(LOCALES).toEqual(['zh-CN', 'en']);
  });

  it('recognises only shipped locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en')).toBe(true);
    for (const value of ['zh', 'en-US', 'fr', '', null, undefined, 1]) {
      expect(isLocale(value)).toBe(false);
    }
  });

  it('picks the text for a locale with fallbacks for empty texts', () => {
    expect(localize({ 'zh-CN': '当事人', en: 'Parties' }, 'en')).toBe('Parties');
    expect(localize({ 'zh-CN': '当事人', en: 'Parties' })).toBe('当事人');
    expect(localize({ 'zh-CN': '', en: 'Parties' }, 'zh-CN')).toBe('Parties');
    expect(localize({ 'zh-CN': '当事人', en: '' }, 'en')).toBe('当事人');
  });
});
