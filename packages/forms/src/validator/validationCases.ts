import type { FormDefinition, Locale, ValidationResult } from '../types';

/** One payload checked against one form, with the exact result every environment must give. */
export interface ValidationCase {
  name: string;
  form: FormDefinition;
  data: unknown;
  locale?: Locale;
  expected: ValidationResult;
}

const title = { 'zh-CN': '矛盾纠纷登记', en: 'Dispute registration' };

/** A dispute registration form as a county would publish it (it passes the publish gate). */
export const disputeForm: FormDefinition = {
  id: 'dispute.register',
  title,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['summary', 'category', 'parties'],
    properties: {
      summary: { type: 'string', minLength: 5, maxLength: 2000 },
      category: { type: 'string', enum: ['neighbour', 'family', 'land', 'labour', 'consumer'] },
      amount: { type: 'number', minimum: 0, maximum: 10_000_000 },
      occurredOn: { type: 'string', format: 'date', maxLength: 10 },
      caseNo: { type: 'string', pattern: '^[A-Z]{2}\\d{8}$', maxLength: 10 },
      employer: { type: 'string', format: 'cn-uscc', maxLength: 18 },
      contactEmail: { type: 'string', format: 'email', maxLength: 254 },
      office: { type: 'string', format: 'cn-landline', maxLength: 24 },
      tags: {
        type: 'array',
        maxItems: 5,
        uniqueItems: true,
        items: { type: 'string', maxLength: 20 },
      },
      parties: {
        type: 'array',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'idNumber'],
          properties: {
            name: { type: 'string', minLength: 2, maxLength: 50, 'x-pii': 'name' },
            idNumber: { type: 'string', format: 'cn-idcard', maxLength: 18, 'x-pii': 'idcard' },
            mobile: { type: 'string', format: 'cn-mobile', maxLength: 11, 'x-pii': 'phone' },
            minor: { type: 'boolean' },
            guardian: { type: 'string', maxLength: 50, 'x-pii': 'name' },
          },
        },
      },
    },
    if: { properties: { category: { const: 'labour' } } },
    // biome-ignore lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here
    then: { required: ['employer'] },
  },
  ui: {
    order: ['summary', 'category', 'employer', 'amount', 'occurredOn', 'parties'],
    fields: {
      employer: { visibleIf: { field: 'category', in: ['labour', 'consumer'] } },
      parties: {
        widget: 'array',
        items: { fields: { guardian: { visibleIf: { field: 'minor', equals: true } } } },
      },
    },
  },
};

/** sha256 of the dispute form's canonical schema JSON: every environment must compute the same. */
export const disputeFormHash = 'ff782bbc8ba5f714a5d3dd3d8e5d04883b2ba8e1046171cf519783f9089d72c0';

const party = { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000' };
const valid = { summary: '邻里之间因噪音发生纠纷', category: 'neighbour', parties: [party] };

/**
 * Cases run unchanged in Node (`validateForm.test.ts`) and in real Chromium
 * (`validateForm.browser.test.ts`): the validator must give identical results in both.
 */
export const validationCases: ValidationCase[] = [
  {
    name: 'a valid registration',
    form: disputeForm,
    data: valid,
    expected: { ok: true, data: valid },
  },
  {
    name: 'missing required fields, zh-CN',
    form: disputeForm,
    data: { parties: [] },
    expected: {
      ok: false,
      issues: [
        {
          path: 'summary',
          code: 'required',
          message: '此项为必填项',
          params: { missingProperty: 'summary' },
        },
        {
          path: 'category',
          code: 'required',
          message: '此项为必填项',
          params: { missingProperty: 'category' },
        },
        { path: 'parties', code: 'minItems', message: '至少需要 1 项', params: { limit: 1 } },
      ],
    },
  },
  {
    name: 'wrong types and limits, en',
    form: disputeForm,
    locale: 'en',
    data: { ...valid, summary: 42, amount: -1, category: 'war', tags: ['a', 'b', 'a'] },
    expected: {
      ok: false,
      issues: [
        { path: 'summary', code: 'type', message: 'Must be text', params: { type: 'string' } },
        {
          path: 'category',
          code: 'enum',
          message: 'Choose one of the given options',
          params: { allowedValues: ['neighbour', 'family', 'land', 'labour', 'consumer'] },
        },
        {
          path: 'amount',
          code: 'minimum',
          message: 'Must be at least 0',
          params: { comparison: '>=', limit: 0 },
        },
        {
          path: 'tags',
          code: 'uniqueItems',
          message: 'Entries 1 and 3 are the same',
          params: { i: 0, j: 2 },
        },
      ],
    },
  },
  {
    name: 'Chinese formats inside the parties list',
    form: disputeForm,
    data: {
      ...valid,
      parties: [
        { name: '李', idNumber: '110105194912310021', mobile: '12345678901' },
        { name: '王五', idNumber: '11010520991231002X' },
      ],
    },
    expected: {
      ok: false,
      issues: [
        {
          path: 'parties.0.name',
          code: 'minLength',
          message: '至少填写 2 个字符',
          params: { limit: 2 },
        },
        {
          path: 'parties.0.idNumber',
          code: 'format.cn-idcard',
          message: '身份证号校验位不正确，请逐位核对',
          params: { format: 'cn-idcard', reason: 'checkDigit' },
        },
        {
          path: 'parties.0.mobile',
          code: 'format.cn-mobile',
          message: '请填写有效的 11 位手机号',
          params: { format: 'cn-mobile' },
        },
        {
          path: 'parties.1.idNumber',
          code: 'format.cn-idcard',
          message: '身份证号中的出生日期（第 7-14 位）无效',
          params: { format: 'cn-idcard', reason: 'birthDate' },
        },
      ],
    },
  },
  {
    name: 'other formats and a pattern',
    form: disputeForm,
    locale: 'en',
    data: {
      ...valid,
      occurredOn: '2023-02-29',
      caseNo: 'ab123',
      contactEmail: 'li@',
      office: '62345678',
    },
    expected: {
      ok: false,
      issues: [
        {
          path: 'occurredOn',
          code: 'format.date',
          message: 'Enter a real date, e.g. 2024-05-01',
          params: { format: 'date' },
        },
        {
          path: 'caseNo',
          code: 'pattern',
          message: 'Does not have the expected form',
          params: { pattern: '^[A-Z]{2}\\d{8}$' },
        },
        {
          path: 'contactEmail',
          code: 'format.email',
          message: 'Enter a valid email address',
          params: { format: 'email' },
        },
        {
          path: 'office',
          code: 'format.cn-landline',
          message: 'Enter a landline with area code, e.g. 010-62345678',
          params: { format: 'cn-landline' },
        },
      ],
    },
  },
  {
    name: 'a visible conditional field is required (if/then)',
    form: disputeForm,
    data: { ...valid, category: 'labour' },
    expected: {
      ok: false,
      issues: [
        {
          path: 'employer',
          code: 'required',
          message: '此项为必填项',
          params: { missingProperty: 'employer' },
        },
      ],
    },
  },
  {
    name: 'hidden fields are dropped, with their issues',
    form: disputeForm,
    data: { ...valid, employer: 'not a code', parties: [{ ...party, minor: false, guardian: 12 }] },
    expected: { ok: true, data: { ...valid, parties: [{ ...party, minor: false }] } },
  },
  {
    name: 'unknown fields and characters outside the BMP',
    form: disputeForm,
    data: { ...valid, summary: '𠀀𠀁𠀂𠀃', hacker: true },
    expected: {
      ok: false,
      issues: [
        {
          path: 'hacker',
          code: 'additionalProperties',
          message: '表单中没有此字段',
          params: { additionalProperty: 'hacker' },
        },
        { path: 'summary', code: 'minLength', message: '至少填写 5 个字符', params: { limit: 5 } },
      ],
    },
  },
  {
    name: 'a payload larger than the form allows',
    form: disputeForm,
    locale: 'en',
    data: { ...valid, parties: Array.from({ length: 500 }, () => party) },
    expected: {
      ok: false,
      issues: [
        {
          path: '',
          code: 'payload.tooLarge',
          message: 'The submitted data is larger than this form allows',
          params: {},
        },
      ],
    },
  },
  {
    name: 'not an object at all',
    form: disputeForm,
    data: null,
    expected: {
      ok: false,
      issues: [
        { path: '', code: 'type', message: '类型不正确，应为一组字段', params: { type: 'object' } },
      ],
    },
  },
];
