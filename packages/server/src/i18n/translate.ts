import type { Locale } from '@gridcase/forms';
import { createTranslator, type Translator } from '@gridcase/forms/i18n';
import { type ServerMessageKey, serverMessages } from './messages';

const translators = {
  'zh-CN': createTranslator('zh-CN', serverMessages),
  en: createTranslator('en', serverMessages),
} satisfies Record<Locale, Translator<ServerMessageKey>>;

/**
 * The server's translator for a locale.
 *
 * @example
 * ```ts
 * translatorFor('en')('validation.required', { field: 'areaId' }); // 'Missing required field areaId'
 * ```
 */
export function translatorFor(locale: Locale): Translator<ServerMessageKey> {
  return translators[locale];
}

/**
 * Picks the caller's locale: `?lang=`, then the first supported `Accept-Language`, else zh-CN.
 *
 * @example
 * ```ts
 * negotiateLocale(null, 'en-US,en;q=0.9'); // 'en'
 * ```
 */
export function negotiateLocale(
  lang: string | null | undefined,
  acceptLanguage: string | null | undefined,
): Locale {
  if (lang === 'en' || lang === 'zh-CN') return lang;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
