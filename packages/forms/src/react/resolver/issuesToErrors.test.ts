import { describe, expect, it } from 'vitest';
import { errorKey } from './errorKey';
import { issuesToErrors } from './schemaResolver';

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    parties: {
      type: 'array',
      items: { type: 'object', properties: { idNumber: { type: 'string' } } },
    },
  },
};

describe('issuesToErrors', () => {
  it('nests issues the way react-hook-form names fields, first issue per field', () => {
    const errors = issuesToErrors(
      [
        { path: 'parties.1.idNumber', code: 'format.cn-idcard', message: '校验位不正确' },
        { path: 'parties.1.idNumber', code: 'maxLength', message: '太长' },
        { path: 'title', code: 'required', message: '必填' },
      ],
      schema,
    );
    expect(errors).toEqual({
      parties: [undefined, { idNumber: { type: 'format.cn-idcard', message: '校验位不正确' } }],
      title: { type: 'required', message: '必填' },
    });
  });

  it('keeps list-level and form-level issues apart from field issues', () => {
    const errors = issuesToErrors(
      [
        { path: 'parties.0.idNumber', code: 'required', message: '必填' },
        { path: 'parties', code: 'minItems', message: '至少 2 项' },
        { path: '', code: 'payload.tooLarge', message: '太大' },
      ],
      schema,
    );
    expect(errors.parties?.root).toEqual({ type: 'minItems', message: '至少 2 项' });
    expect((errors.parties as unknown as unknown[])[0]).toEqual({
      idNumber: { type: 'required', message: '必填' },
    });
    expect(errors.root).toEqual({ form: { type: 'payload.tooLarge', message: '太大' } });
  });

  it('maps server issues on the form to root.server', () => {
    expect(errorKey(schema, '', 'server')).toBe('root.server');
    expect(errorKey(schema, 'parties')).toBe('parties.root');
    expect(errorKey(schema, 'parties.0')).toBe('parties.0');
  });
});
