import type { Locale } from '../types';
import type { MessageCatalog } from './defineMessages';
import { isLocale } from './locale';

/** Values substituted for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** The union of keys of several catalogs. */
export type MessageKey<Catalogs extends readonly MessageCatalog[]> =
  Catalogs[number] extends infer C ? (C extends MessageCatalog ? keyof C & string : never) : never;

/** A function from message key to text in one locale. */
export interface Translator<Key extends string = string> {
  (key: Key, params?: MessageParams): string;
  /** The locale this translator speaks. */
  readonly locale: Locale;
  /** Whether some catalog defines `key` (useful for keys that arrive at run time). */
  has(key: string): key is Key;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with `params.name`; placeholders without a value stay visible. */
function interpolate(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined || value === null ? whole : String(value);
  });
}

/**
 * Builds a translator for one locale from one or more catalogs (later catalogs override earlier
 * ones). Lookup falls back to the English text when the locale's text is missing or empty, and
 * to the key itself when no catalog knows it, so a missing translation is visible but never
 * breaks a page.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   'case.assigned': { 'zh-CN': '已指派给{name}', en: 'Assigned to {name}' },
 * });
 * const t = createTranslator('zh-CN', messages);
 * t('case.assigned', { name: '李民警' }); // '已指派给李民警'
 * ```
 */
export function createTranslator<const Catalogs extends readonly MessageCatalog[]>(
  locale: Locale,
  ...catalogs: Catalogs
): Translator<MessageKey<Catalogs>> {
  if (!isLocale(locale)) throw new TypeError(`Unknown locale: ${String(locale)}`);
  const merged = new Map<string, string>();
  for (const catalog of catalogs) {
    for (const key of Object.keys(catalog)) {
      const text = catalog[key];
      const chosen = text?.[locale] || text?.en || text?.['zh-CN'];
      if (chosen) merged.set(key, chosen);
    }
  }
  const t = (key: string, params?: MessageParams) => interpolate(merged.get(key) ?? key, params);
  return Object.assign(t, {
    locale,
    has: (key: string): key is MessageKey<Catalogs> => merged.has(key),
  }) as Translator<MessageKey<Catalogs>>;
}
