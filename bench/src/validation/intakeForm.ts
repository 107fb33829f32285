import type { FormDefinition } from '@gridcase/forms';

const text = (maxLength: number) => ({ type: 'string', maxLength });
const choice = (...values: string[]) => ({ type: 'string', enum: values });

/**
 * A 30-field intake form: texts with limits, patterns, enums, numbers, dates, e-mail, Chinese
 * mobile and ID numbers, a nested address and a list of parties. Plain draft 2020-12, so raw
 * Ajv compiles the very same schema.
 */
export const intakeForm: FormDefinition = {
  id: 'bench.intake',
  title: { 'zh-CN': '纠纷登记', en: 'Dispute intake' },
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['title', 'category', 'severity', 'reportedOn', 'applicantName', 'applicantPhone'],
    properties: {
      title: text(80),
      summary: text(2000),
      category: choice('neighbour', 'family', 'land', 'labour', 'contract', 'other'),
      severity: choice('general', 'serious', 'major'),
      source: choice('walkIn', 'phone', 'online', 'referral'),
      reportedOn: { type: 'string', format: 'date' },
      occurredOn: { type: 'string', format: 'date' },
      applicantName: text(40),
      applicantPhone: { type: 'string', format: 'cn-mobile' },
      applicantIdNumber: { type: 'string', format: 'cn-idcard' },
      applicantEmail: { type: 'string', format: 'email' },
      applicantAge: { type: 'integer', minimum: 0, maximum: 130 },
      respondentName: text(40),
      respondentPhone: { type: 'string', format: 'cn-mobile' },
      caseNumber: { type: 'string', pattern: '^[A-Z]{2}-\\d{4}-\\d{6}$' },
      amountYuan: { type: 'number', minimum: 0, maximum: 100000000 },
      peopleInvolved: { type: 'integer', minimum: 1, maximum: 10000 },
      urgent: { type: 'boolean' },
      repeatVisit: { type: 'boolean' },
      priorMediation: { type: 'boolean' },
      village: text(40),
      grid: text(40),
      building: { type: 'string', pattern: '^\\d{1,3}号楼$' },
      room: { type: 'string', pattern: '^\\d{3,4}$' },
      preferredTime: choice('morning', 'afternoon', 'evening'),
      language: choice('zh', 'en', 'other'),
      tags: { type: 'array', maxItems: 10, uniqueItems: true, items: text(20) },
      address: {
        type: 'object',
        additionalProperties: false,
        required: ['street'],
        properties: { street: text(100), postcode: { type: 'string', pattern: '^\\d{6}$' } },
      },
      parties: {
        type: 'array',
        minItems: 1,
        maxItems: 20,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'role'],
          properties: {
            name: text(40),
            role: choice('applicant', 'respondent', 'witness'),
            phone: { type: 'string', format: 'cn-mobile' },
          },
        },
      },
      remarks: text(500),
    },
  },
};

/** A valid submission touching every field. */
export const intakeData = {
  title: '邻里噪音纠纷',
  summary: '当事人反映楼上住户夜间装修，噪音严重影响休息，要求网格员协调处理。',
  category: 'neighbour',
  severity: 'general',
  source: 'walkIn',
  reportedOn: '2026-11-23',
  occurredOn: '2026-11-20',
  applicantName: '张三',
  applicantPhone: '13800138000',
  applicantIdNumber: '11010519491231002X',
  applicantEmail: 'zhangsan@example.cn',
  applicantAge: 46,
  respondentName: '李四',
  respondentPhone: '13900139000',
  caseNumber: 'TJ-2026-000123',
  amountYuan: 0,
  peopleInvolved: 2,
  urgent: false,
  repeatVisit: true,
  priorMediation: false,
  village: '幸福村',
  grid: '第三网格',
  building: '12号楼',
  room: '401',
  preferredTime: 'evening',
  language: 'zh',
  tags: ['噪音', '装修'],
  address: { street: '幸福路12号3单元', postcode: '100000' },
  parties: [
    { name: '张三', role: 'applicant', phone: '13800138000' },
    { name: '李四', role: 'respondent' },
  ],
  remarks: '双方同意调解。',
};
