import type { Locale } from '@gridcase/forms';
import { createTranslator, isLocale, type Translator } from '@gridcase/forms/i18n';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { type AppMessageKey, appMessages } from './messages';

const STORAGE_KEY = 'gridcase.locale';

interface LocaleValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translator<AppMessageKey>;
}

const LocaleContext = createContext<LocaleValue | undefined>(undefined);

function initialLocale(): Locale {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored && isLocale(stored) ? stored : 'zh-CN';
}

/**
 * Holds the user's language (zh-CN unless they switched; remembered in the browser) and the
 * app's translator.
 *
 * @example
 * ```tsx
 * <LocaleProvider><App /></LocaleProvider>
 * ```
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const value = useMemo<LocaleValue>(
    () => ({
      locale,
      setLocale(next) {
        window.localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
      t: createTranslator(locale, appMessages),
    }),
    [locale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/**
 * The app's language and translator.
 *
 * @example
 * ```tsx
 * const { t, locale } = useLocale();
 * <h1>{t('worklist.title')}</h1>
 * ```
 */
export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a LocaleProvider');
  return value;
}
