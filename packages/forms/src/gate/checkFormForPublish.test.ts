import { describe, expect, it } from 'vitest';
import type { FormDefinition, JsonSchema } from '../types';
import { checkFormForPublish } from './checkFormForPublish';

const title = { 'zh-CN': '隐患登记', en: 'Hazard registration' };
const schema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'photos'],
  properties: {
    kind: { type: 'string', enum: ['fire', 'gas', 'building'] },
    description: { type: 'string', maxLength: 500 },
    deadline: { type: 'string', format: 'date' },
    photos: { type: 'array', minItems: 1, maxItems: 9, items: { type: 'string', maxLength: 200 } },
    owner: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string', maxLength: 50 },
        phone: { type: 'string', format: 'cn-mobile', maxLength: 11 },
      },
    },
    items: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { fixed: { type: 'boolean' }, note: { type: 'string', maxLength: 200 } },
      },
    },
  },
};
const form = (ui: unknown, extra: Partial<FormDefinition> = {}): FormDefinition =>
  ({ id: 'hazard.register', title, schema, ui, ...extra }) as FormDefinition;
const codes = (f: FormDefinition) =>
  checkFormForPublish(f).findings.map((x) => [x.pointer, x.code]);

describe('checkFormForPublish', () => {
  it('accepts a complete form', () => {
    const ui = {
      order: ['kind', 'description', 'deadline', 'photos', 'owner', 'items'],
      fields: {
        kind: {
          widget: 'radio',
          label: { 'zh-CN': '类别', en: 'Kind' },
          enumLabels: {
            fire: { 'zh-CN': '消防', en: 'Fire' },
            gas: { 'zh-CN': '燃气', en: 'Gas' },
          },
        },
        description: { widget: 'textarea', visibleIf: { field: 'kind', in: ['fire', 'gas'] } },
        deadline: { widget: 'date', help: { 'zh-CN': '整改期限', en: 'Deadline to fix' } },
        photos: { widget: 'photo' },
        owner: { items: { fields: { phone: { visibleIf: { field: 'name', notEmpty: true } } } } },
        items: {
          widget: 'array',
          items: { fields: { note: { visibleIf: { field: 'fixed', equals: false } } } },
        },
      },
    };
    expect(checkFormForPublish(form(ui))).toEqual({ ok: true, findings: [] });
    expect(checkFormForPublish(form(undefined)).ok).toBe(true);
  });

  it('checks the id and the title in both locales', () => {
    expect(codes(form(undefined, { id: 'bad id!', title: { 'zh-CN': '登记', en: '' } }))).toEqual([
      ['/id', 'form.id'],
      ['/title', 'form.title'],
    ]);
  });

  it('reports schema findings under /schema', () => {
    const open: FormDefinition = { id: 'x', title, schema: { type: 'object', properties: {} } };
    expect(codes(open)).toEqual([['/schema', 'object.additionalProperties']]);
  });

  it('requires order to name each field once', () => {
    expect(codes(form({ order: ['kind', 'colour', 'kind'] }))).toEqual([
      ['/ui/order/1', 'ui.order.unknownField'],
      ['/ui/order/2', 'ui.order.duplicate'],
    ]);
  });

  it('rejects unknown fields, settings and widgets, and widgets that do not fit', () => {
    const ui = {
      colour: 'red',
      fields: {
        colour: {},
        kind: { widget: 'slider', visibelIf: {} },
        photos: { widget: 'number' },
      },
    };
    expect(codes(form(ui))).toEqual([
      ['/ui/colour', 'ui.key.unknown'],
      ['/ui/fields/colour', 'ui.field.unknown'],
      ['/ui/fields/kind/visibelIf', 'ui.key.unknown'],
      ['/ui/fields/kind/widget', 'ui.widget.unknown'],
      ['/ui/fields/photos/widget', 'ui.widget.mismatch'],
    ]);
  });

  it('requires visibleIf to point at another field of the same level', () => {
    const ui = {
      fields: {
        description: { visibleIf: { field: 'colour', equals: 'red' } },
        deadline: { visibleIf: { field: 'deadline', notEmpty: true } },
        kind: { visibleIf: { field: 'description' } },
        items: { items: { fields: { note: { visibleIf: { field: 'kind', equals: 'fire' } } } } },
      },
    };
    expect(codes(form(ui))).toEqual([
      ['/ui/fields/description/visibleIf/field', 'ui.visibleIf.unknownField'],
      ['/ui/fields/deadline/visibleIf/field', 'ui.visibleIf.self'],
      ['/ui/fields/kind/visibleIf', 'ui.visibleIf.invalid'],
      ['/ui/fields/items/items/fields/note/visibleIf/field', 'ui.visibleIf.unknownField'],
    ]);
  });

  it('allows items only on lists of objects', () => {
    expect(codes(form({ fields: { photos: { items: {} }, kind: { items: {} } } }))).toEqual([
      ['/ui/fields/photos/items', 'ui.items.notArray'],
      ['/ui/fields/kind/items', 'ui.items.notArray'],
    ]);
  });

  it('names fields of nested objects through items, not dotted keys', () => {
    expect(
      codes(form({ fields: { 'owner.phone': {}, owner: { items: { fields: { mobile: {} } } } } })),
    ).toEqual([
      ['/ui/fields/owner.phone', 'ui.field.unknown'],
      ['/ui/fields/owner/items/fields/mobile', 'ui.field.unknown'],
    ]);
  });

  it('labels only the field’s own choices, in both locales', () => {
    const enumLabels = { fire: { 'zh-CN': '消防' }, flood: { 'zh-CN': '洪水', en: 'Flood' } };
    expect(
      codes(form({ fields: { kind: { enumLabels }, description: { enumLabels: {} } } })),
    ).toEqual([
      ['/ui/fields/kind/enumLabels/fire', 'ui.text.invalid'],
      ['/ui/fields/kind/enumLabels/flood', 'ui.enumLabels.unknownValue'],
    ]);
  });

  it('needs texts in both locales', () => {
    expect(codes(form({ fields: { kind: { label: '类别', help: { 'zh-CN': '类别' } } } }))).toEqual(
      [
        ['/ui/fields/kind/label', 'ui.text.invalid'],
        ['/ui/fields/kind/help', 'ui.text.invalid'],
      ],
    );
  });

  it('refuses a UI schema that is not an object or too large', () => {
    expect(codes(form([]))).toEqual([['/ui', 'ui.invalid']]);
    const help = { 'zh-CN': '说明'.repeat(20_000), en: 'help' };
    expect(codes(form({ fields: { kind: { help } } }))).toEqual([['/ui', 'ui.tooLarge']]);
  });

  it('speaks English on request', () => {
    const [finding] = checkFormForPublish(form({ order: ['colour'] }), { locale: 'en' }).findings;
    expect(finding).toMatchObject({
      message: '“colour” in order is not a field',
      hint: 'Check the spelling or define the field in the schema first',
    });
  });
});
