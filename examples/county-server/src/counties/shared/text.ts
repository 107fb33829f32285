import type { LocalizedText } from '@gridcase/forms';

/**
 * A text in both locales, Chinese first.
 *
 * @example
 * ```ts
 * t('城关街道', 'Chengguan Subdistrict'); // { 'zh-CN': '城关街道', en: 'Chengguan Subdistrict' }
 * ```
 */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
