import { describe, expect, it } from 'vitest';
import { objectFields } from './objectFields';
import { schemaAt, schemaOptions, schemaType } from './schemaType';
import { widgetAt } from './widgetAt';

describe('objectFields', () => {
  const schema = {
    type: 'object',
    required: ['b'],
    properties: { a: { type: 'string' }, b: { type: 'integer' }, c: { type: 'boolean' } },
  };

  it('puts the UI order first, then the other properties in schema order', () => {
    const fields = objectFields(schema, { order: ['c', 'missing', 'b', 'c'] });
    expect(fields.map((f) => [f.key, f.required])).toEqual([
      ['c', false],
      ['b', true],
      ['a', false],
    ]);
  });

  it('carries each field’s schema and UI settings', () => {
    const label = { 'zh-CN': '甲', en: 'A' };
    const [a] = objectFields(schema, { fields: { a: { label } } });
    expect(a).toEqual({ key: 'a', schema: { type: 'string' }, ui: { label }, required: false });
  });
});

describe('schema helpers', () => {
  const schema = {
    type: 'object',
    properties: {
      parties: {
        type: 'array',
        items: { type: 'object', properties: { idNumber: { type: 'string' } } },
      },
    },
  };

  it('finds the schema at a dotted path, through list items', () => {
    expect(schemaAt(schema, 'parties.3.idNumber')).toEqual({ type: 'string' });
    expect(schemaType(schemaAt(schema, 'parties'))).toBe('array');
    expect(schemaAt(schema, 'parties.x.idNumber')).toEqual({});
    expect(schemaAt(schema, '')).toBe(schema);
  });

  it('lists enum and const choices with their titles', () => {
    expect(schemaOptions({ enum: ['a', 1, { no: 1 }] })).toEqual([{ value: 'a' }, { value: 1 }]);
    expect(schemaOptions({ anyOf: [{ const: true, title: '是' }, { const: false }] })).toEqual([
      { value: true, title: '是' },
      { value: false },
    ]);
    expect(schemaOptions({ oneOf: [{ type: 'string' }] })).toBeUndefined();
  });

  it('names the widget of a path from the UI schema, else from the schema', () => {
    const form = {
      id: 'f',
      title: { 'zh-CN': '表', en: 'Form' },
      schema,
      ui: {
        fields: { parties: { items: { fields: { idNumber: { widget: 'textarea' as const } } } } },
      },
    };
    expect(widgetAt(form, 'parties')).toBe('array');
    expect(widgetAt(form, 'parties.0.idNumber')).toBe('textarea');
  });
});
