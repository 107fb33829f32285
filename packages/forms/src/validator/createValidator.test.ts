import Ajv2020 from 'ajv/dist/2020';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormDefinition } from '../types';
import { createValidator, formValidator, validateForm } from './createValidator';

const title = { 'zh-CN': '登记', en: 'Register' };
const dispute: FormDefinition = {
  id: 'register',
  title,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['summary', 'parties'],
    properties: {
      summary: { type: 'string', minLength: 5, maxLength: 500 },
      category: { type: 'string', enum: ['neighbour', 'family', 'labour'] },
      parties: {
        type: 'array',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'idNumber'],
          properties: {
            name: { type: 'string', maxLength: 50, 'x-pii': 'name' },
            idNumber: { type: 'string', format: 'cn-idcard', maxLength: 18, 'x-pii': 'idcard' },
            mobile: { type: 'string', format: 'cn-mobile', maxLength: 11, 'x-pii': 'phone' },
          },
        },
      },
    },
  },
};

/** The schemas Ajv was asked to compile. */
function compiledSchemas(spy: { mock: { calls: unknown[][] } }): Record<string, unknown>[] {
  return spy.mock.calls.map(([schema]) => schema as Record<string, unknown>);
}

/** A validator that has compiled something already (Ajv compiles keyword meta-schemas on first use). */
function warmValidator(cacheSize?: number) {
  const validator = createValidator({ cacheSize });
  validator.compile({ id: 'warm', title, schema: { type: 'null' } });
  return validator;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createValidator', () => {
  it('accepts valid data and returns it', () => {
    const data = {
      summary: '邻里噪音纠纷',
      parties: [{ name: '张三', idNumber: '11010519491231002X' }],
    };
    expect(createValidator().validate(dispute, data)).toEqual({ ok: true, data });
  });

  it('reports issues keyed by react-hook-form paths, zh-CN by default', () => {
    const result = createValidator().validate(dispute, {
      summary: '短',
      parties: [{ name: '张三', idNumber: '110105194912310021' }, { idNumber: 'x' }],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'summary', code: 'minLength', message: '至少填写 5 个字符', params: { limit: 5 } },
        {
          path: 'parties.0.idNumber',
          code: 'format.cn-idcard',
          message: '身份证号校验位不正确，请逐位核对',
          params: { format: 'cn-idcard', reason: 'checkDigit' },
        },
        {
          path: 'parties.1.name',
          code: 'required',
          message: '此项为必填项',
          params: { missingProperty: 'name' },
        },
        {
          path: 'parties.1.idNumber',
          code: 'format.cn-idcard',
          message: '身份证号应为 18 位',
          params: { format: 'cn-idcard', reason: 'length' },
        },
      ],
    });
  });

  it('speaks English on request and names the root as ""', () => {
    const result = createValidator().validate(dispute, 'not an object', { locale: 'en' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          code: 'type',
          message: 'Must be a group of fields',
          params: { type: 'object' },
        },
      ],
    });
  });

  it('reports an unknown field on the field itself', () => {
    const result = createValidator().validate(dispute, {
      summary: '邻里噪音纠纷',
      parties: [{ name: '张三', idNumber: '11010519491231002X' }],
      extra: 1,
    });
    expect(result.ok === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['extra', 'additionalProperties'],
    ]);
  });

  it('compiles each schema once, keyed by its hash, whatever object carries it', () => {
    const validator = warmValidator();
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    const copy: FormDefinition = structuredClone({ ...dispute, id: 'copy' });
    const a = validator.compile(dispute);
    const b = validator.compile(copy);
    validator.validate(dispute, {});
    expect(compiledSchemas(compile)).toEqual([dispute.schema]);
    expect(a.schemaHash).toBe(b.schemaHash);
    expect(a.schemaHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('evicts the least recently used schema beyond the cache size', () => {
    const validator = warmValidator(1);
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    const form = (maxLength: number): FormDefinition => ({
      id: `f${maxLength}`,
      title,
      schema: { type: 'string', maxLength },
    });
    validator.compile(form(1));
    validator.compile(form(2));
    validator.compile(form(1));
    expect(compiledSchemas(compile).map((schema) => schema.maxLength)).toEqual([1, 2, 1]);
  });

  it('throws on a schema that does not compile', () => {
    const broken: FormDefinition = { id: 'x', title, schema: { type: 'string', maxLenght: 3 } };
    expect(() => createValidator().compile(broken)).toThrow(/unknown keyword: "maxLenght"/);
  });

  it('refuses a payload larger than any valid one without running Ajv', () => {
    const parties = Array.from({ length: 5000 }, () => ({}));
    const result = createValidator().validate(
      dispute,
      { summary: '邻里噪音纠纷', parties },
      { locale: 'en' },
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          code: 'payload.tooLarge',
          message: 'The submitted data is larger than this form allows',
          params: {},
        },
      ],
    });
  });

  it('enforces every pattern of a schema, each on RE2', () => {
    const form: FormDefinition = {
      id: 'p',
      title,
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', pattern: '^a+$', maxLength: 10 },
          b: { type: 'string', pattern: '^b+$', maxLength: 10 },
        },
      },
    };
    const result = createValidator().validate(form, { a: 'aaa', b: 'aaa' });
    expect(result.ok === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['b', 'pattern'],
    ]);
  });

  it('matches catastrophic patterns in linear time', () => {
    const form: FormDefinition = {
      id: 'redos',
      title,
      schema: { type: 'string', pattern: '^(a+)+$', maxLength: 2000 },
    };
    // A backtracking engine would need about 2^1999 steps for this input.
    const result = createValidator().validate(form, `${'a'.repeat(1999)}!`);
    expect(result.ok === false && result.issues.map((i) => i.code)).toEqual(['pattern']);
    expect(createValidator().validate(form, 'a'.repeat(2000)).ok).toBe(true);
  });

  it('never matches a pattern on strings longer than the 2,000-character ceiling', () => {
    const form: FormDefinition = { id: 'long', title, schema: { type: 'string', pattern: '^a*$' } };
    expect(createValidator().validate(form, 'a'.repeat(2000)).ok).toBe(true);
    const result = createValidator().validate(form, 'a'.repeat(2001));
    expect(result.ok === false && result.issues.map((i) => i.code)).toEqual(['pattern']);
  });

  it('is shared by validateForm and formValidator', () => {
    expect(validateForm(dispute, {}).ok).toBe(false);
    expect(formValidator.compile(dispute)).toBe(formValidator.compile(dispute));
  });
});

describe('createValidator with visibleIf', () => {
  const form: FormDefinition = {
    id: 'party',
    title,
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'companyCode'],
      properties: {
        kind: { type: 'string', enum: ['person', 'company'] },
        companyCode: { type: 'string', format: 'cn-uscc', maxLength: 18 },
      },
    },
    ui: { fields: { companyCode: { visibleIf: { field: 'kind', equals: 'company' } } } },
  };

  it('neither requires nor keeps a hidden field', () => {
    expect(createValidator().validate(form, { kind: 'person', companyCode: 'bad' })).toEqual({
      ok: true,
      data: { kind: 'person' },
    });
  });

  it('validates the field once it is visible', () => {
    const result = createValidator().validate(form, { kind: 'company' });
    expect(result.ok === false && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['companyCode', 'required'],
    ]);
  });
});
