import { describe, expect, it } from 'vitest';
import type { UiSchema } from '../types';
import { isUnderHidden, stripHidden } from './stripHidden';

const ui: UiSchema = {
  fields: {
    companyCode: { visibleIf: { field: 'kind', equals: 'company' } },
    companyContact: { visibleIf: { field: 'companyCode', notEmpty: true } },
    parties: {
      items: { fields: { guardian: { visibleIf: { field: 'minor', equals: true } } } },
    },
  },
};

describe('stripHidden', () => {
  it('drops hidden values without changing the input', () => {
    const data = { kind: 'person', companyCode: 'X', name: 'a' };
    const frozen = structuredClone(data);
    const result = stripHidden(ui, data);
    expect(result.data).toEqual({ kind: 'person', name: 'a' });
    expect(result.hidden).toEqual(['companyCode', 'companyContact']);
    expect(data).toEqual(frozen);
  });

  it('hides fields whose condition depends on a hidden field', () => {
    const result = stripHidden(ui, { kind: 'person', companyCode: 'X', companyContact: 'Y' });
    expect(result.data).toEqual({ kind: 'person' });
  });

  it('returns the same object when nothing is hidden', () => {
    const data = { kind: 'company', companyCode: 'X', companyContact: 'Y' };
    expect(stripHidden(ui, data).data).toBe(data);
    expect(stripHidden(undefined, data)).toEqual({ data, hidden: [] });
  });

  it('evaluates item conditions against each array entry', () => {
    const data = {
      kind: 'company',
      companyCode: 'X',
      companyContact: 'Y',
      parties: [
        { minor: true, guardian: 'p' },
        { minor: false, guardian: 'q' },
      ],
    };
    const result = stripHidden(ui, data);
    expect(result.data).toEqual({
      ...data,
      parties: [{ minor: true, guardian: 'p' }, { minor: false }],
    });
    expect(result.hidden).toEqual(['parties.1.guardian']);
    expect(data.parties[1]).toEqual({ minor: false, guardian: 'q' });
  });

  it('evaluates conditions in a nested object against that object', () => {
    const nested: UiSchema = {
      fields: {
        owner: { items: { fields: { phone: { visibleIf: { field: 'name', notEmpty: true } } } } },
      },
    };
    expect(stripHidden(nested, { owner: { name: '', phone: '1' } })).toEqual({
      data: { owner: { name: '' } },
      hidden: ['owner.phone'],
    });
    const kept = { owner: { name: '王', phone: '1' } };
    expect(stripHidden(nested, kept).data).toBe(kept);
  });

  it('keeps a __proto__ key as plain data when copying', () => {
    const data = JSON.parse('{"kind":"person","companyCode":"X","__proto__":{"polluted":true}}');
    const result = stripHidden(ui, data).data as Record<string, unknown>;
    expect(Object.hasOwn(result, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
  });
});

describe('isUnderHidden', () => {
  it('matches the hidden path and paths below it, not siblings with a common prefix', () => {
    expect(isUnderHidden('a.b', ['a.b'])).toBe(true);
    expect(isUnderHidden('a.b.0.c', ['a.b'])).toBe(true);
    expect(isUnderHidden('a.bc', ['a.b'])).toBe(false);
  });
});
