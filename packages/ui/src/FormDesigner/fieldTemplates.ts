import type { FieldUi, JsonSchema, WidgetName } from '@gridcase/forms';

/** Every widget the forms renderer offers, in the order the designer lists them. */
export const WIDGETS: readonly WidgetName[] = [
  'text',
  'textarea',
  'number',
  'select',
  'radio',
  'checkbox',
  'date',
  'datetime',
  'array',
  'file',
  'photo',
  'signature',
  'area',
];

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** One uploaded file `{ id, name, url? }`, as the host's upload function returns it. */
const uploadedFile = (): JsonSchema => ({
  type: 'object',
  required: ['id', 'name'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', maxLength: 128 },
    name: { type: 'string', maxLength: 255 },
    url: { type: 'string', maxLength: 2000 },
  },
});

const upload = (): JsonSchema => ({ type: 'array', maxItems: 9, items: uploadedFile() });

/**
 * The schema and UI settings a new field of each widget starts with: bounded (every string has a
 * `maxLength`, every list a `maxItems`), so a new field passes the publish gate as it is.
 */
export function fieldTemplate(widget: WidgetName): { schema: JsonSchema; ui: FieldUi } {
  switch (widget) {
    case 'text':
      return { schema: { type: 'string', maxLength: 100 }, ui: {} };
    case 'textarea':
      return { schema: { type: 'string', maxLength: 2000 }, ui: { widget } };
    case 'number':
      return { schema: { type: 'number', minimum: 0, maximum: 1e9 }, ui: {} };
    case 'select':
    case 'radio':
      return {
        schema: { type: 'string', enum: ['a', 'b'] },
        ui: {
          widget,
          enumLabels: { a: text('选项一', 'Option 1'), b: text('选项二', 'Option 2') },
        },
      };
    case 'checkbox':
      return { schema: { type: 'boolean' }, ui: { widget } };
    case 'date':
      return { schema: { type: 'string', format: 'date', maxLength: 10 }, ui: { widget } };
    case 'datetime':
      return { schema: { type: 'string', format: 'date-time', maxLength: 40 }, ui: { widget } };
    case 'array':
      return {
        schema: {
          type: 'array',
          maxItems: 20,
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: { name: { type: 'string', maxLength: 50 } },
          },
        },
        ui: { widget, items: { fields: { name: { label: text('名称', 'Name') } } } },
      };
    case 'file':
    case 'photo':
      return { schema: upload(), ui: { widget } };
    case 'signature':
      // the drawn PNG goes up the same path as photos and is stored as that attachment: a
      // data URL would be longer than the publish gate lets any text be
      return { schema: uploadedFile(), ui: { widget } };
    case 'area':
      return { schema: { type: 'string', maxLength: 64 }, ui: { widget } };
  }
}

/** Text formats an admin can choose (Chinese ID, mobile, landline, credit code, e-mail). */
export const TEXT_FORMATS = ['cn-idcard', 'cn-mobile', 'cn-landline', 'cn-uscc', 'email'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** The personal-data kind a format implies (masked in lists, audited when read). */
export const FORMAT_PII: Partial<Record<TextFormat, 'idcard' | 'phone'>> = {
  'cn-idcard': 'idcard',
  'cn-mobile': 'phone',
  'cn-landline': 'phone',
};
