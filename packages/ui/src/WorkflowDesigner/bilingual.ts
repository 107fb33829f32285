import type { LocalizedText } from '@gridcase/forms';
import { createTranslator, type MessageParams } from '@gridcase/forms/i18n';
import { designerMessages } from './messages';

const zh = createTranslator('zh-CN', designerMessages);
const en = createTranslator('en', designerMessages);

/**
 * A text in both locales from one message key, for data the designer writes into the
 * definition (a new stage's title), which every user then sees in their own language.
 */
export function bilingual(
  key: 'designer.newStage' | 'designer.newTransition',
  params: (locale: 'zh-CN' | 'en') => MessageParams,
): LocalizedText {
  return { 'zh-CN': zh(key, params('zh-CN')), en: en(key, params('en')) };
}
