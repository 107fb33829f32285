import type { Locale, LocalizedText } from '../types';

/** The locale gridcase falls back to everywhere: county staff work in Simplified Chinese. */
export const DEFAULT_LOCALE = 'zh-CN' satisfies Locale;

/** Every locale gridcase ships, default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * Narrows an unknown value (a query parameter, a header, a stored setting) to a shipped locale.
 *
 * @example
 * ```ts
 * const locale = isLocale(query.lang) ? query.lang : DEFAULT_LOCALE;
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/**
 * Picks the text for a locale from a {@link LocalizedText}. A missing or empty text falls back
 * to English, then to Chinese, so a half-translated label still shows something readable.
 *
 * @example
 * ```ts
 * localize({ 'zh-CN': '当事人', en: 'Parties' }, 'en'); // 'Parties'
 * localize({ 'zh-CN': '', en: 'Parties' }, 'zh-CN'); // 'Parties'
 * ```
 */
export function localize(text: LocalizedText, locale: Locale = DEFAULT_LOCALE): string {
  return text[locale] || text.en || text['zh-CN'] || '';
}
