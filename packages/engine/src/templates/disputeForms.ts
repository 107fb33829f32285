import type { FormDefinition } from '@gridcase/forms';
import { attachments, str, t } from './formParts';

const CATEGORIES = ['neighbour', 'family', 'land', 'labour', 'consumer', 'property', 'other'];

/** 矛盾纠纷登记: parties (repeatable, personal data marked), category, facts. */
export const registration: FormDefinition = {
  id: 'registration',
  title: t('纠纷登记', 'Dispute registration'),
  schema: {
    type: 'object',
    required: ['summary', 'category', 'severity', 'source', 'parties'],
    additionalProperties: false,
    properties: {
      summary: str(100, 2),
      category: { type: 'string', enum: CATEGORIES },
      severity: { type: 'string', enum: ['minor', 'general', 'serious'] },
      source: { type: 'string', enum: ['walkIn', 'gridPatrol', 'hotline', 'referral'] },
      occurredOn: { type: 'string', format: 'date' },
      place: { ...str(200), 'x-pii': 'address' },
      description: str(2000),
      parties: {
        type: 'array',
        minItems: 2,
        maxItems: 20,
        items: {
          type: 'object',
          required: ['name', 'role'],
          additionalProperties: false,
          properties: {
            name: { ...str(50), 'x-pii': 'name' },
            role: { type: 'string', enum: ['applicant', 'respondent', 'other'] },
            idNumber: { type: 'string', format: 'cn-idcard', 'x-pii': 'idcard' },
            phone: { type: 'string', format: 'cn-mobile', 'x-pii': 'phone' },
            address: { ...str(200), 'x-pii': 'address' },
          },
        },
      },
    },
  },
  ui: {
    order: [
      'summary',
      'category',
      'severity',
      'source',
      'occurredOn',
      'place',
      'parties',
      'description',
    ],
    fields: {
      summary: { label: t('纠纷概要', 'Summary') },
      category: {
        label: t('纠纷类别', 'Category'),
        widget: 'select',
        enumLabels: {
          neighbour: t('邻里纠纷', 'Neighbours'),
          family: t('婚姻家庭', 'Family'),
          land: t('土地山林', 'Land'),
          labour: t('劳动争议', 'Labour'),
          consumer: t('消费纠纷', 'Consumer'),
          property: t('物业纠纷', 'Property management'),
          other: t('其他', 'Other'),
        },
      },
      severity: {
        label: t('严重程度', 'Severity'),
        widget: 'radio',
        help: t(
          '轻微纠纷可由网格员就地化解。',
          'Grid members may settle minor disputes on the spot.',
        ),
        enumLabels: {
          minor: t('轻微', 'Minor'),
          general: t('一般', 'General'),
          serious: t('重大', 'Serious'),
        },
      },
      source: {
        label: t('来源', 'Source'),
        widget: 'select',
        enumLabels: {
          walkIn: t('来访', 'Walk-in'),
          gridPatrol: t('网格巡查', 'Grid patrol'),
          hotline: t('热线', 'Hotline'),
          referral: t('移交', 'Referral'),
        },
      },
      occurredOn: { label: t('发生日期', 'Date'), widget: 'date' },
      place: { label: t('发生地点', 'Place') },
      description: { label: t('纠纷详情', 'Details'), widget: 'textarea' },
      parties: {
        label: t('当事人', 'Parties'),
        widget: 'array',
        items: {
          order: ['name', 'role', 'idNumber', 'phone', 'address'],
          fields: {
            name: { label: t('姓名', 'Name') },
            role: {
              label: t('身份', 'Role'),
              widget: 'select',
              enumLabels: {
                applicant: t('申请人', 'Applicant'),
                respondent: t('被申请人', 'Respondent'),
                other: t('其他', 'Other'),
              },
            },
            idNumber: { label: t('身份证号', 'ID number') },
            phone: { label: t('手机号', 'Mobile') },
            address: { label: t('住址', 'Address') },
          },
        },
      },
    },
  },
};

/**
 * 就地化解: what the grid member did. `severity` lets the grid member judge a dispute minor on
 * the spot when nobody registered it (a citizen's report): only a minor one may be settled so.
 */
export const onSpot: FormDefinition = {
  id: 'onSpot',
  title: t('就地化解记录', 'Settled on the spot'),
  schema: {
    type: 'object',
    required: ['result'],
    additionalProperties: false,
    properties: {
      result: str(2000),
      severity: { type: 'string', enum: ['minor', 'general', 'serious'] },
      photos: attachments(0),
    },
  },
  ui: {
    fields: {
      result: { label: t('化解情况', 'What was agreed'), widget: 'textarea' },
      severity: {
        label: t('严重程度', 'Severity'),
        widget: 'radio',
        help: t('只有轻微纠纷可以就地化解。', 'Only minor disputes may be settled on the spot.'),
        enumLabels: {
          minor: t('轻微', 'Minor'),
          general: t('一般', 'General'),
          serious: t('重大', 'Serious'),
        },
      },
      photos: { label: t('现场照片', 'Photos'), widget: 'photo' },
    },
  },
};

/** 受理指派: who mediates. */
export const acceptance: FormDefinition = {
  id: 'acceptance',
  title: t('受理指派', 'Accept and assign'),
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { mediatorId: str(64), acceptanceNote: str(1000) },
  },
  ui: {
    fields: {
      mediatorId: { label: t('调解员', 'Mediator') },
      acceptanceNote: { label: t('指派说明', 'Note'), widget: 'textarea' },
    },
  },
};

/** 引导其他渠道 / 转诉讼: where the parties are sent. */
export const referral: FormDefinition = {
  id: 'referral',
  title: t('导出渠道', 'Referral'),
  schema: {
    type: 'object',
    required: ['channel'],
    additionalProperties: false,
    properties: {
      channel: {
        type: 'string',
        enum: ['litigation', 'arbitration', 'administrative', 'petition'],
      },
      referralNote: str(1000),
    },
  },
  ui: {
    fields: {
      channel: {
        label: t('导出渠道', 'Channel'),
        widget: 'radio',
        enumLabels: {
          litigation: t('诉讼', 'Litigation'),
          arbitration: t('仲裁', 'Arbitration'),
          administrative: t('行政处理', 'Administrative'),
          petition: t('信访', 'Petition'),
        },
      },
      referralNote: { label: t('说明', 'Note'), widget: 'textarea' },
    },
  },
};

/** 转办: to another role (and person). */
export const transfer: FormDefinition = {
  id: 'transfer',
  title: t('转办', 'Transfer'),
  schema: {
    type: 'object',
    required: ['toRole'],
    additionalProperties: false,
    properties: {
      toRole: { type: 'string', enum: ['communityPolice', 'mediator'] },
      toUserId: str(64),
      transferNote: str(1000),
    },
  },
  ui: {
    fields: {
      toRole: {
        label: t('转给', 'Transfer to'),
        widget: 'radio',
        enumLabels: {
          communityPolice: t('社区民警', 'Police officer'),
          mediator: t('调解员', 'Mediator'),
        },
      },
      toUserId: { label: t('承办人', 'Handler') },
      transferNote: { label: t('转办说明', 'Note'), widget: 'textarea' },
    },
  },
};

/** 调查核实. */
export const investigation: FormDefinition = {
  id: 'investigation',
  title: t('调查核实', 'Investigation'),
  schema: {
    type: 'object',
    required: ['facts'],
    additionalProperties: false,
    properties: {
      facts: str(2000),
      evidence: attachments(0, 20),
    },
  },
  ui: {
    fields: {
      facts: { label: t('查明事实', 'Facts found'), widget: 'textarea' },
      evidence: { label: t('证据材料', 'Evidence'), widget: 'file' },
    },
  },
};

/**
 * 调解记录: one session. Its summary and place have their own names, so recording a session never
 * overwrites what the registration recorded.
 */
export const session: FormDefinition = {
  id: 'session',
  title: t('调解记录', 'Mediation session'),
  schema: {
    type: 'object',
    required: ['sessionAt', 'sessionSummary'],
    additionalProperties: false,
    properties: {
      sessionAt: { type: 'string', format: 'date-time' },
      sessionPlace: str(200),
      attendees: str(500),
      sessionSummary: str(2000),
    },
  },
  ui: {
    fields: {
      sessionAt: { label: t('调解时间', 'When'), widget: 'datetime' },
      sessionPlace: { label: t('调解地点', 'Where') },
      attendees: { label: t('参加人员', 'Attendees') },
      sessionSummary: { label: t('调解情况', 'What happened'), widget: 'textarea' },
    },
  },
};

/** 联合调处: lead and assisting agencies (三所联动). */
export const coHandling: FormDefinition = {
  id: 'coHandling',
  title: t('联合调处', 'Joint handling'),
  schema: {
    type: 'object',
    required: ['assistingAgencies'],
    additionalProperties: false,
    properties: {
      assistingAgencies: {
        type: 'array',
        minItems: 1,
        maxItems: 10,
        items: { type: 'string', minLength: 1, maxLength: 64 },
      },
      coHandlingNote: str(1000),
    },
  },
  ui: {
    fields: {
      assistingAgencies: {
        label: t('协办单位', 'Assisting agencies'),
        help: t('如派出所、司法所、律师事务所。', 'E.g. police station, justice office, law firm.'),
      },
      coHandlingNote: { label: t('说明', 'Note'), widget: 'textarea' },
    },
  },
};

/** 协办意见 / 主办结论. */
export const opinion: FormDefinition = {
  id: 'opinion',
  title: t('办理意见', 'Opinion'),
  schema: {
    type: 'object',
    required: ['opinion'],
    additionalProperties: false,
    properties: { opinion: str(2000) },
  },
  ui: { fields: { opinion: { label: t('意见', 'Opinion'), widget: 'textarea' } } },
};

/** 调解协议. */
export const agreement: FormDefinition = {
  id: 'agreement',
  title: t('调解协议', 'Mediation agreement'),
  schema: {
    type: 'object',
    required: ['terms', 'signedOn'],
    additionalProperties: false,
    properties: {
      terms: str(2000),
      signedOn: { type: 'string', format: 'date' },
      performBy: { type: 'string', format: 'date' },
      signedCopy: attachments(0, 5),
    },
  },
  ui: {
    fields: {
      terms: { label: t('协议内容', 'Terms'), widget: 'textarea' },
      signedOn: { label: t('签订日期', 'Signed on'), widget: 'date' },
      performBy: { label: t('履行期限', 'Perform by'), widget: 'date' },
      signedCopy: { label: t('签字协议扫描件', 'Signed copy'), widget: 'file' },
    },
  },
};

/** 调解不成. */
export const failure: FormDefinition = {
  id: 'failure',
  title: t('调解终止', 'Mediation ended without agreement'),
  schema: {
    type: 'object',
    required: ['failureReason'],
    additionalProperties: false,
    properties: { failureReason: str(2000), riskOfEscalation: { type: 'boolean' } },
  },
  ui: {
    fields: {
      failureReason: { label: t('终止原因', 'Why'), widget: 'textarea' },
      riskOfEscalation: { label: t('有激化风险', 'Risk of escalation'), widget: 'checkbox' },
    },
  },
};

/** 司法确认结果. */
export const confirmation: FormDefinition = {
  id: 'confirmation',
  title: t('司法确认', 'Judicial confirmation'),
  schema: {
    type: 'object',
    required: ['confirmed'],
    additionalProperties: false,
    properties: { confirmed: { type: 'boolean' }, courtCaseNo: str(64) },
  },
  ui: {
    fields: {
      confirmed: { label: t('法院已确认', 'Confirmed by the court'), widget: 'checkbox' },
      courtCaseNo: { label: t('法院案号', 'Court case number') },
    },
  },
};

/** 回访: performance and satisfaction. */
export const visit: FormDefinition = {
  id: 'visit',
  title: t('回访', 'Follow-up visit'),
  schema: {
    type: 'object',
    required: ['performed', 'satisfaction'],
    additionalProperties: false,
    properties: {
      performed: { type: 'boolean' },
      satisfaction: { type: 'string', enum: ['satisfied', 'basicallySatisfied', 'dissatisfied'] },
      notes: str(2000),
    },
  },
  ui: {
    fields: {
      performed: { label: t('协议已履行', 'Agreement performed'), widget: 'checkbox' },
      satisfaction: {
        label: t('当事人满意度', 'Satisfaction'),
        widget: 'radio',
        enumLabels: {
          satisfied: t('满意', 'Satisfied'),
          basicallySatisfied: t('基本满意', 'Mostly satisfied'),
          dissatisfied: t('不满意', 'Dissatisfied'),
        },
      },
      notes: { label: t('回访情况', 'Notes'), widget: 'textarea' },
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
 * 群众反映纠纷: the public form a citizen fills without signing in (the county opens it with
 * `meta.public`). Field names match the registration's where they mean the same thing, so staff
 * see a citizen's summary and category where they expect them; the reporter's name and phone
 * are personal data.
 */
export const publicReport: FormDefinition = {
  id: 'publicReport',
  title: t('反映矛盾纠纷', 'Report a dispute'),
  schema: {
    type: 'object',
    required: ['summary', 'category', 'reporterPhone'],
    additionalProperties: false,
    properties: {
      summary: str(100, 2),
      category: { type: 'string', enum: CATEGORIES },
      place: { ...str(200), 'x-pii': 'address' },
      description: str(2000),
      reporterName: { ...str(50), 'x-pii': 'name' },
      reporterPhone: { type: 'string', format: 'cn-mobile', 'x-pii': 'phone' },
    },
  },
  ui: {
    order: ['summary', 'category', 'place', 'description', 'reporterName', 'reporterPhone'],
    fields: {
      summary: { label: t('简要说明', 'In a few words') },
      category: {
        label: t('纠纷类别', 'Kind of dispute'),
        widget: 'select',
        enumLabels: {
          neighbour: t('邻里纠纷', 'Neighbours'),
          family: t('婚姻家庭', 'Family'),
          land: t('土地山林', 'Land'),
          labour: t('劳动争议', 'Work and pay'),
          consumer: t('消费纠纷', 'Shopping and services'),
          property: t('物业纠纷', 'Property management'),
          other: t('其他', 'Other'),
        },
      },
      place: { label: t('发生地点', 'Where') },
      description: { label: t('详细情况', 'What happened'), widget: 'textarea' },
      reporterName: { label: t('您的姓名（可不填）', 'Your name (optional)') },
      reporterPhone: {
        label: t('联系电话', 'Your mobile number'),
        help: t(
          '仅用于工作人员联系您，不会公开。',
          'Only for staff to call you back; never shown to others.',
        ),
      },
    },
  },
};
