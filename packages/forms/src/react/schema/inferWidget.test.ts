import { describe, expect, it } from 'vitest';
import { inferWidget } from './inferWidget';

describe('inferWidget', () => {
  it('picks a widget from the schema alone', () => {
    expect(inferWidget({ type: 'string' })).toBe('text');
    expect(inferWidget({ type: 'string', maxLength: 2000 })).toBe('textarea');
    expect(inferWidget({ type: 'string', maxLength: 50 })).toBe('text');
    expect(inferWidget({ type: 'string', format: 'date' })).toBe('date');
    expect(inferWidget({ type: 'string', format: 'date-time' })).toBe('datetime');
    expect(inferWidget({ type: 'integer' })).toBe('number');
    expect(inferWidget({ type: ['number', 'null'] })).toBe('number');
    expect(inferWidget({ type: 'boolean' })).toBe('checkbox');
  });

  it('offers choices as a select, and several choices as checkboxes', () => {
    expect(inferWidget({ type: 'string', enum: ['a', 'b'] })).toBe('select');
    expect(inferWidget({ oneOf: [{ const: 1, title: '一' }] })).toBe('select');
    expect(inferWidget({ type: 'array', items: { enum: ['a', 'b'] } })).toBe('checkbox');
  });

  it('repeats lists of objects and groups nested objects', () => {
    expect(inferWidget({ type: 'array', items: { type: 'object', properties: {} } })).toBe('array');
    expect(inferWidget({ type: 'object', properties: { a: {} } })).toBe('object');
    expect(inferWidget({ properties: { a: {} } })).toBe('object');
  });
});
