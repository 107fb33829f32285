import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../types';
import { maskData } from './maskData';
import { piiFields } from './piiFields';

const schema: JsonSchema = {
  type: 'object',
  $defs: { phone: { type: 'string', format: 'cn-mobile', maxLength: 11, 'x-pii': 'phone' } },
  properties: {
    reporter: {
      type: 'object',
      properties: { name: { type: 'string', 'x-pii': 'name' }, mobile: { $ref: '#/$defs/phone' } },
    },
    parties: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', 'x-pii': 'name' },
          idNumber: { type: 'string', 'x-pii': 'idcard' },
          address: { type: 'string', 'x-pii': 'address' },
        },
      },
    },
    summary: { type: 'string' },
  },
  if: { properties: { summary: { const: 'x' } } },
  // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
  then: { properties: { witness: { type: 'string', 'x-pii': 'name' } } },
};

describe('piiFields', () => {
  it('lists x-pii properties, through $ref, arrays and if/then', () => {
    expect(piiFields(schema)).toEqual([
      { path: 'reporter.name', kind: 'name' },
      { path: 'reporter.mobile', kind: 'phone' },
      { path: 'parties.*.name', kind: 'name' },
      { path: 'parties.*.idNumber', kind: 'idcard' },
      { path: 'parties.*.address', kind: 'address' },
      { path: 'witness', kind: 'name' },
    ]);
  });

  it('terminates on recursive references', () => {
    const recursive: JsonSchema = {
      type: 'object',
      properties: { name: { type: 'string', 'x-pii': 'name' }, child: { $ref: '#' } },
    };
    expect(piiFields(recursive)).toEqual([
      { path: 'name', kind: 'name' },
      { path: 'child.name', kind: 'name' },
    ]);
  });
});

describe('maskData', () => {
  it('masks every personal value and nothing else, without changing the input', () => {
    const data = {
      reporter: { name: '王五', mobile: '13800138000' },
      parties: [
        {
          name: '张小三',
          idNumber: '11010519491231002X',
          address: '浙江省杭州市西湖区文三路100号',
        },
        { name: '李四' },
      ],
      summary: '邻里纠纷',
    };
    const copy = structuredClone(data);
    expect(maskData(schema, data)).toEqual({
      reporter: { name: '王*', mobile: '138****8000' },
      parties: [
        { name: '张*三', idNumber: '**************002X', address: '浙江省杭州市西湖区****' },
        { name: '李*' },
      ],
      summary: '邻里纠纷',
    });
    expect(data).toEqual(copy);
  });

  it('returns data without personal values unchanged', () => {
    const data = { summary: 'x' };
    expect(maskData(schema, data)).toBe(data);
    expect(maskData(schema, null)).toBeNull();
  });

  it('leaves values of other types in place', () => {
    expect(maskData(schema, { reporter: { name: null, mobile: 13800138000 } })).toEqual({
      reporter: { name: null, mobile: '138****8000' },
    });
  });
});
