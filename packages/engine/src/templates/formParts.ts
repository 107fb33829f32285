import type { LocalizedText } from '@gridcase/forms';

/** A zh-CN + en text, zh-CN first. */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** A text field (the forms publish gate caps text at 2000 characters). */
export const str = (maxLength: number, minLength = 1) => ({
  type: 'string',
  minLength,
  maxLength: Math.min(maxLength, 2000),
});

/** Uploaded files or photos as the forms renderer stores them: `{ id, name, url? }` each. */
export const attachments = (minItems: number, maxItems = 9) => ({
  type: 'array',
  minItems,
  maxItems,
  items: {
    type: 'object',
    required: ['id', 'name'],
    additionalProperties: false,
    properties: { id: str(128), name: str(255), url: str(2000) },
  },
});
