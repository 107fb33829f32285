import { describe, expect, it } from 'vitest';
import { attachmentShape, filesOf, storedValue } from './attachmentValue';

const photo = { id: 'f1', name: '现场.jpg', url: '/files/f1' };

describe('attachment values', () => {
  it('reads the shape from the schema', () => {
    expect(attachmentShape({ type: 'array', items: { type: 'object' } })).toBe('objects');
    expect(attachmentShape({ type: 'array', items: { type: 'string' } })).toBe('ids');
    expect(attachmentShape({ type: 'object' })).toBe('object');
    expect(attachmentShape({ type: 'string' })).toBe('id');
  });

  it('stores files in the shape the schema asks for, keeping only id, name and url', () => {
    const uploaded = [{ ...photo, size: 1234 } as typeof photo, { id: 'f2', name: 'b.pdf' }];
    expect(storedValue(uploaded, 'objects')).toEqual([photo, { id: 'f2', name: 'b.pdf' }]);
    expect(storedValue(uploaded, 'ids')).toEqual(['f1', 'f2']);
    expect(storedValue(uploaded, 'object')).toEqual({ id: 'f2', name: 'b.pdf' });
    expect(storedValue(uploaded, 'id')).toBe('f2');
  });

  it('stores nothing for no files, so required attachments are reported missing', () => {
    for (const shape of ['objects', 'ids', 'object', 'id'] as const) {
      expect(storedValue([], shape)).toBeUndefined();
    }
  });

  it('reads stored values back, looking bare ids up among known files', () => {
    expect(filesOf([photo], new Map())).toEqual([photo]);
    expect(filesOf(photo, new Map())).toEqual([photo]);
    expect(filesOf(['f1', 'f9'], new Map([['f1', photo]]))).toEqual([
      photo,
      { id: 'f9', name: 'f9' },
    ]);
    expect(filesOf(undefined, new Map())).toEqual([]);
    expect(filesOf([42, null], new Map())).toEqual([]);
  });
});
