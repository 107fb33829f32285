export type { Locale, LocalizedText } from '../types';
export {
  createTranslator,
  type MessageKey,
  type MessageParams,
  type Translator,
} from './createTranslator';
export { defineMessages, type MessageCatalog } from './defineMessages';
export { DEFAULT_LOCALE, isLocale, LOCALES, localize } from './locale';
