import { describe, expect, it } from 'vitest';
import { formatValue } from './formatValue';

const texts = { empty: '（空）', yes: '是', no: '否' };

describe('formatValue', () => {
  it('names empty values and booleans in words', () => {
    for (const v of [undefined, null, '', []]) expect(formatValue(v, texts)).toBe('（空）');
    expect(formatValue(true, texts)).toBe('是');
    expect(formatValue(false, texts)).toBe('否');
  });

  it('joins lists of scalars and writes objects as JSON', () => {
    expect(formatValue(['派出所', '司法所'], texts)).toBe('派出所、司法所');
    expect(formatValue({ name: '张*' }, texts)).toBe('{"name":"张*"}');
  });

  it('cuts long text by characters, not UTF-16 units', () => {
    const out = formatValue('调'.repeat(100), texts, 10);
    expect(Array.from(out)).toHaveLength(10);
    expect(out.endsWith('…')).toBe(true);
  });
});
