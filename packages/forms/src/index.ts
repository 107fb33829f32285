/**
 * @gridcase/forms: JSON Schema (draft 2020-12) forms for gridcase. One validator for browser and
 * server, Chinese formats, personal-data masking, the publish gate for admin-authored schemas,
 * and the zh-CN/en translator. The React renderer lives in `@gridcase/forms/react`.
 */
export {
  type CnIdcardProblem,
  cnIdcardCheckDigit,
  cnIdcardProblem,
  cnUsccCheckChar,
  FORMAT_NAMES,
  type FormatName,
  isCnIdcard,
  isCnLandline,
  isCnMobile,
  isCnUscc,
} from './formats';
export {
  checkFormForPublish,
  GATE_LIMITS,
  type GateOptions,
  publishGate,
  WIDGET_NAMES,
} from './gate';
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
export { maskData, maskPii, PII_KINDS, type PiiField, piiFields } from './pii';
export type * from './types';
export {
  createValidator,
  formValidator,
  schemaHash,
  type Validator,
  type ValidatorOptions,
  validateForm,
} from './validator';
export { isVisible, type StrippedData, stripHidden } from './visibility';
