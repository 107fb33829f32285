import type { LocalizedText } from '@gridcase/forms';

/** A zh-CN + en text, zh-CN first. */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
