export {
  createTranslator,
  DEFAULT_LOCALE,
  defineMessages,
  isLocale,
  LOCALES,
  localize,
  type MessageCatalog,
  type MessageKey,
  type MessageParams,
  type Translator,
} from './i18n';
export type * from './types';
