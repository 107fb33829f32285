import type { FormDefinition } from '@gridcase/forms';
import { attachments, str, t } from './formParts';

const photos = attachments;

/** 隐患上报: what, where (with coordinates), photos, the responsible party. */
export const hazardReport: FormDefinition = {
  id: 'hazardReport',
  title: t('隐患上报', 'Hazard report'),
  schema: {
    type: 'object',
    required: ['title', 'category', 'location', 'photos'],
    additionalProperties: false,
    properties: {
      title: str(100, 2),
      category: {
        type: 'string',
        enum: ['fire', 'gas', 'electrical', 'building', 'road', 'smallVenue', 'other'],
      },
      description: str(2000),
      location: {
        type: 'object',
        required: ['address'],
        additionalProperties: false,
        properties: {
          address: str(200),
          lng: { type: 'number', minimum: 73, maximum: 136 },
          lat: { type: 'number', minimum: 3, maximum: 54 },
        },
      },
      photos: photos(1),
      responsibleUnit: str(200),
      unitCreditCode: { type: 'string', format: 'cn-uscc' },
      contactName: { ...str(50), 'x-pii': 'name' },
      contactPhone: { type: 'string', format: 'cn-mobile', 'x-pii': 'phone' },
      contactLandline: { type: 'string', format: 'cn-landline', 'x-pii': 'phone' },
    },
  },
  ui: {
    order: [
      'title',
      'category',
      'location',
      'photos',
      'description',
      'responsibleUnit',
      'unitCreditCode',
      'contactName',
      'contactPhone',
      'contactLandline',
    ],
    fields: {
      title: { label: t('隐患名称', 'Hazard') },
      category: {
        label: t('隐患类别', 'Category'),
        widget: 'select',
        enumLabels: {
          fire: t('消防', 'Fire'),
          gas: t('燃气', 'Gas'),
          electrical: t('用电', 'Electrical'),
          building: t('房屋建筑', 'Building'),
          road: t('道路交通', 'Road'),
          smallVenue: t('九小场所', 'Small venue'),
          other: t('其他', 'Other'),
        },
      },
      description: { label: t('隐患描述', 'Description'), widget: 'textarea' },
      location: {
        label: t('位置', 'Location'),
        items: {
          order: ['address', 'lng', 'lat'],
          fields: {
            address: { label: t('地址', 'Address') },
            lng: { label: t('经度', 'Longitude'), widget: 'number' },
            lat: { label: t('纬度', 'Latitude'), widget: 'number' },
          },
        },
      },
      photos: { label: t('现场照片', 'Photos'), widget: 'photo' },
      responsibleUnit: { label: t('责任单位', 'Responsible party') },
      unitCreditCode: { label: t('统一社会信用代码', 'Unified social credit code') },
      contactName: { label: t('联系人', 'Contact') },
      contactPhone: { label: t('联系手机', 'Mobile') },
      contactLandline: { label: t('固定电话', 'Landline') },
    },
  },
};

/** 当场整改: fixed on the spot (general hazards). */
export const onSpotFix: FormDefinition = {
  id: 'onSpotFix',
  title: t('当场整改', 'Fixed on the spot'),
  schema: {
    type: 'object',
    required: ['measures', 'photosAfter'],
    additionalProperties: false,
    properties: { measures: str(2000), photosAfter: photos(1) },
  },
  ui: {
    fields: {
      measures: { label: t('整改措施', 'What was done'), widget: 'textarea' },
      photosAfter: { label: t('整改后照片', 'Photos after'), widget: 'photo' },
    },
  },
};

/** 整改通知: grade, department, deadline, requirements. */
export const notice: FormDefinition = {
  id: 'notice',
  title: t('整改通知', 'Rectification notice'),
  schema: {
    type: 'object',
    required: ['level', 'department', 'requirements'],
    additionalProperties: false,
    properties: {
      level: { type: 'string', enum: ['general', 'major'] },
      department: str(64),
      handlerId: str(64),
      requirements: str(2000),
    },
  },
  ui: {
    fields: {
      level: {
        label: t('隐患等级', 'Grade'),
        widget: 'radio',
        help: t('重大隐患将挂牌督办。', 'Major hazards are put under listed supervision.'),
        enumLabels: { general: t('一般隐患', 'General'), major: t('重大隐患', 'Major') },
      },
      department: { label: t('责任部门', 'Responsible department') },
      handlerId: { label: t('部门经办人', 'Department handler') },
      requirements: { label: t('整改要求', 'Requirements'), widget: 'textarea' },
    },
  },
};

/** 整改反馈. */
export const rectification: FormDefinition = {
  id: 'rectification',
  title: t('整改反馈', 'Rectification report'),
  schema: {
    type: 'object',
    required: ['measures', 'photosAfter'],
    additionalProperties: false,
    properties: {
      measures: str(2000),
      photosAfter: photos(1),
      completedOn: { type: 'string', format: 'date' },
    },
  },
  ui: {
    fields: {
      measures: { label: t('整改措施', 'Measures taken'), widget: 'textarea' },
      photosAfter: { label: t('整改后照片', 'Photos after'), widget: 'photo' },
      completedOn: { label: t('完成日期', 'Completed on'), widget: 'date' },
    },
  },
};

/** 复查验收. */
export const reinspection: FormDefinition = {
  id: 'reinspection',
  title: t('复查验收', 'Re-inspection'),
  schema: {
    type: 'object',
    required: ['findings'],
    additionalProperties: false,
    properties: { findings: str(2000), reinspectionPhotos: photos(0) },
  },
  ui: {
    fields: {
      findings: { label: t('复查情况', 'Findings'), widget: 'textarea' },
      reinspectionPhotos: { label: t('复查照片', 'Photos'), widget: 'photo' },
    },
  },
};

/** 转办 to another department. */
export const departmentTransfer: FormDefinition = {
  id: 'departmentTransfer',
  title: t('转办', 'Transfer'),
  schema: {
    type: 'object',
    required: ['department'],
    additionalProperties: false,
    properties: { department: str(64), handlerId: str(64), note: str(1000) },
  },
  ui: {
    fields: {
      department: { label: t('转至部门', 'To department') },
      handlerId: { label: t('部门经办人', 'Department handler') },
      note: { label: t('转办说明', 'Note'), widget: 'textarea' },
    },
  },
};

/** 督办. */
export const supervision: FormDefinition = {
  id: 'supervision',
  title: t('督办', 'Supervision'),
  schema: {
    type: 'object',
    required: ['instruction'],
    additionalProperties: false,
    properties: { instruction: str(2000) },
  },
  ui: { fields: { instruction: { label: t('督办意见', 'Instruction'), widget: 'textarea' } } },
};

/**
 * 群众反映隐患: the public form a citizen fills without signing in (the county opens it with
 * `meta.public`). Photos come as uploads attached to the case, not as form fields; field names
 * match the staff report's where they mean the same thing. The reporter's name and phone are
 * personal data.
 */
export const publicReport: FormDefinition = {
  id: 'publicReport',
  title: t('反映安全隐患', 'Report a hazard'),
  schema: {
    type: 'object',
    required: ['title', 'category', 'location'],
    additionalProperties: false,
    properties: {
      title: str(100, 2),
      category: {
        type: 'string',
        enum: ['fire', 'gas', 'electrical', 'building', 'road', 'smallVenue', 'other'],
      },
      location: {
        type: 'object',
        required: ['address'],
        additionalProperties: false,
        properties: { address: str(200) },
      },
      description: str(2000),
      contactName: { ...str(50), 'x-pii': 'name' },
      contactPhone: { type: 'string', format: 'cn-mobile', 'x-pii': 'phone' },
    },
  },
  ui: {
    order: ['title', 'category', 'location', 'description', 'contactName', 'contactPhone'],
    fields: {
      title: { label: t('发现了什么隐患', 'What is the hazard') },
      category: {
        label: t('隐患类别', 'Kind of hazard'),
        widget: 'select',
        enumLabels: {
          fire: t('消防', 'Fire'),
          gas: t('燃气', 'Gas'),
          electrical: t('用电', 'Electrical'),
          building: t('房屋建筑', 'Buildings'),
          road: t('道路交通', 'Roads'),
          smallVenue: t('“九小”场所', 'Small shops and venues'),
          other: t('其他', 'Other'),
        },
      },
      location: {
        label: t('具体位置', 'Where exactly'),
        items: { fields: { address: { label: t('地址', 'Address') } } },
      },
      description: { label: t('详细情况', 'Details'), widget: 'textarea' },
      contactName: { label: t('您的姓名（可不填）', 'Your name (optional)') },
      contactPhone: {
        label: t('联系电话（可不填）', 'Your mobile number (optional)'),
        help: t(
          '仅用于工作人员联系您，不会公开。',
          'Only for staff to call you back; never shown to others.',
        ),
      },
    },
  },
};
