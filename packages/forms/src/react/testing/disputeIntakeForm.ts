import type { FormDefinition } from '../../types';
import type { AreaOption } from '../types';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * A dispute-mediation intake form (矛盾纠纷登记) using every widget: the tests' and the guide's
 * running example.
 */
export const disputeIntakeForm: FormDefinition = {
  id: 'dispute-intake',
  title: text('矛盾纠纷登记', 'Dispute intake'),
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['category', 'summary', 'parties', 'landParcel'],
    properties: {
      category: { type: 'string', enum: ['neighbour', 'family', 'land', 'labour'] },
      landParcel: { type: 'string', minLength: 3, maxLength: 30 },
      summary: { type: 'string', minLength: 5, maxLength: 500 },
      occurredAt: { type: 'string', format: 'date-time', maxLength: 40 },
      reportedOn: { type: 'string', format: 'date', maxLength: 10 },
      amount: { type: 'integer', minimum: 0, maximum: 100000000 },
      urgent: { type: 'boolean' },
      parties: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'idNumber'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 50, 'x-pii': 'name' },
            idNumber: { type: 'string', format: 'cn-idcard', maxLength: 18, 'x-pii': 'idcard' },
            mobile: { type: 'string', format: 'cn-mobile', maxLength: 11, 'x-pii': 'phone' },
            role: { type: 'string', enum: ['applicant', 'respondent'] },
          },
        },
      },
    },
  },
  ui: {
    order: ['category', 'landParcel', 'summary', 'parties'],
    fields: {
      category: {
        label: text('纠纷类别', 'Category'),
        enumLabels: {
          neighbour: text('邻里纠纷', 'Neighbours'),
          family: text('婚姻家庭纠纷', 'Family'),
          land: text('土地纠纷', 'Land'),
          labour: text('劳动纠纷', 'Labour'),
        },
      },
      landParcel: {
        label: text('地块编号', 'Land parcel number'),
        visibleIf: { field: 'category', equals: 'land' },
      },
      summary: {
        widget: 'textarea',
        label: text('纠纷概要', 'Summary'),
        help: text('简要说明起因和诉求', 'What started it and what each side asks for'),
      },
      occurredAt: { label: text('发生时间', 'Occurred at') },
      reportedOn: { label: text('登记日期', 'Reported on') },
      amount: { label: text('涉及金额（元）', 'Amount involved (yuan)') },
      urgent: { label: text('需要当天处理', 'Needs handling today') },
      parties: {
        label: text('当事人', 'Party'),
        items: {
          fields: {
            name: { label: text('姓名', 'Name') },
            idNumber: { label: text('身份证号', 'ID number') },
            mobile: { label: text('手机号', 'Mobile') },
            role: {
              widget: 'radio',
              label: text('身份', 'Role'),
              enumLabels: {
                applicant: text('申请人', 'Applicant'),
                respondent: text('被申请人', 'Respondent'),
              },
            },
          },
        },
      },
    },
  },
};

/** A valid resident ID number (GB 11643 check character X) and one whose check digit is wrong. */
export const VALID_ID = '11010519491231002X';
export const WRONG_CHECK_DIGIT_ID = '110105194912310021';

const area = (id: string, zh: string, level: AreaOption['level'], parentId?: string) => ({
  id,
  name: text(zh, id),
  level,
  ...(parentId ? { parentId } : {}),
});

/** A small county: two townships, a community with two grids. */
export const sampleAreas: AreaOption[] = [
  area('heping', '和平县', 'county'),
  area('chengguan', '城关镇', 'township', 'heping'),
  area('donghu', '东湖街道', 'township', 'heping'),
  area('beijie', '北街社区', 'community', 'chengguan'),
  area('grid-1', '北街第一网格', 'grid', 'beijie'),
  area('grid-2', '北街第二网格', 'grid', 'beijie'),
];
