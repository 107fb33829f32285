import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { validationMessages } from './messages';
import { pointerToPath, toIssues } from './toIssues';

const zh = createTranslator('zh-CN', validationMessages);
const en = createTranslator('en', validationMessages);
const error = (
  keyword: string,
  instancePath: string,
  schemaPath: string,
  params: Record<string, unknown> = {},
): ErrorObject => ({
  keyword,
  instancePath,
  schemaPath,
  params,
});

describe('pointerToPath', () => {
  it('turns JSON pointers into react-hook-form paths', () => {
    expect(pointerToPath('')).toBe('');
    expect(pointerToPath('/parties/0/idNumber')).toBe('parties.0.idNumber');
    expect(pointerToPath('/a~1b/c~0d')).toBe('a/b.c~d');
  });
});

describe('toIssues', () => {
  it('keeps the summary of anyOf/oneOf and drops its branches’ complaints', () => {
    const issues = toIssues(
      [
        error('type', '/contact', '#/properties/contact/anyOf/0/type', { type: 'string' }),
        error('type', '/contact', '#/properties/contact/anyOf/1/type', { type: 'number' }),
        error('anyOf', '/contact', '#/properties/contact/anyOf'),
        error('maxLength', '/name', '#/properties/name/maxLength', { limit: 5 }),
      ],
      en,
      {},
    );
    expect(issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['contact', 'anyOf', 'Matches none of the allowed forms'],
      ['name', 'maxLength', 'Enter at most 5 characters'],
    ]);
  });

  it('drops the summary of if and keeps what then requires', () => {
    const issues = toIssues(
      [
        error('required', '', '#/then/required', { missingProperty: 'employer' }),
        error('if', '', '#/if', { failingKeyword: 'then' }),
      ],
      zh,
      {},
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([['employer', 'required']]);
  });

  it('reports each (path, code) once and leaves out hidden paths', () => {
    const twice = error('required', '', '#/required', { missingProperty: 'a' });
    const hidden = error('required', '', '#/required', { missingProperty: 'b' });
    const issues = toIssues(
      [twice, { ...twice, schemaPath: '#/allOf/0/required' }, hidden],
      zh,
      {},
      (p) => p === 'b',
    );
    expect(issues.map((i) => i.path)).toEqual(['a']);
  });

  it('names unknown keywords as invalid and unknown formats generically', () => {
    const issues = toIssues(
      [
        error('contains', '/x', '#/contains'),
        error('format', '/y', '#/format', { format: 'iso-time' }),
      ],
      en,
      {},
    );
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['invalid', 'Invalid value'],
      ['format.iso-time', 'Not a valid iso-time'],
    ]);
  });

  it('names union types in the locale', () => {
    const [issue] = toIssues([error('type', '/x', '#/type', { type: 'string,null' })], zh, {});
    expect(issue?.message).toBe('类型不正确，应为文本或空值');
  });

  it('explains which part of an ID number is wrong, reading the value from the data', () => {
    const data = { parties: [{ id: '11010519491231002' }] };
    const [issue] = toIssues(
      [error('format', '/parties/0/id', '#/format', { format: 'cn-idcard' })],
      en,
      data,
    );
    expect(issue).toEqual({
      path: 'parties.0.id',
      code: 'format.cn-idcard',
      message: 'A resident ID number has 18 characters',
      params: { format: 'cn-idcard', reason: 'length' },
    });
  });

  it('returns at most 200 issues', () => {
    const errors = Array.from({ length: 500 }, (_, i) =>
      error('required', '', '#/required', { missingProperty: `f${i}` }),
    );
    expect(toIssues(errors, zh, {})).toHaveLength(200);
  });
});
