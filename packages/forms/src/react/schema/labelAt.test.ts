import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../../types';
import { labelAt } from './labelAt';

const form: FormDefinition = {
  id: 'intake',
  title: { 'zh-CN': '登记', en: 'Intake' },
  schema: {
    type: 'object',
    properties: {
      summary: { type: 'string' },
      parties: {
        type: 'array',
        items: {
          type: 'object',
          properties: { idNumber: { type: 'string', title: 'ID' }, name: { type: 'string' } },
        },
      },
    },
  },
  ui: {
    fields: {
      summary: { label: { 'zh-CN': '纠纷概要', en: 'Summary' } },
      parties: {
        label: { 'zh-CN': '当事人', en: 'Party' },
        items: { fields: { name: { label: { 'zh-CN': '姓名', en: 'Name' } } } },
      },
    },
  },
};
const item = (label: string, n: number) => `${label} ${n}`;

describe('labelAt', () => {
  it('uses the UI schema labels in the locale', () => {
    expect(labelAt(form, 'summary', 'zh-CN', item)).toBe('纠纷概要');
    expect(labelAt(form, 'summary', 'en', item)).toBe('Summary');
  });

  it('numbers list items from 1 and names the field inside', () => {
    expect(labelAt(form, 'parties.1.name', 'zh-CN', item)).toBe('当事人 2 · 姓名');
    expect(labelAt(form, 'parties.0', 'en', item)).toBe('Party 1');
    expect(labelAt(form, 'parties', 'en', item)).toBe('Party');
  });

  it('falls back to the schema title, then the key', () => {
    expect(labelAt(form, 'parties.0.idNumber', 'en', item)).toBe('Party 1 · ID');
    expect(labelAt(form, 'unknown', 'en', item)).toBe('unknown');
  });
});
