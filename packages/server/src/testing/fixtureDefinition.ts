/**
 * A small dispute workflow for the server's tests, using the demo county's roles. Forms mark
 * personal data with `x-pii`, stages carry deadlines, and the flow ends in outcomes the KPIs
 * read (resolved / referred) after a follow-up visit with a satisfaction score.
 */
import type { WorkflowDefinition } from '@gridcase/engine';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const FIXTURE_DEFINITION_ID = 'test-dispute';

export const fixtureDefinition: WorkflowDefinition = {
  id: FIXTURE_DEFINITION_ID,
  version: 0,
  caseType: 'dispute',
  title: t('测试纠纷', 'Test dispute'),
  roles: {
    gridMember: { title: t('网格员', 'Grid member') },
    communityPolice: { title: t('社区民警', 'Community police officer') },
    mediator: { title: t('调解员', 'Mediator') },
    townshipLead: { title: t('乡镇领导', 'Township lead') },
  },
  forms: {
    report: {
      id: 'report',
      title: t('登记', 'Report'),
      schema: {
        type: 'object',
        required: ['title'],
        additionalProperties: false,
        properties: {
          title: { type: 'string', minLength: 2, maxLength: 200 },
          category: { type: 'string', enum: ['neighbour', 'family', 'land', 'labour'] },
          summary: { type: 'string', maxLength: 2000 },
          parties: {
            type: 'array',
            maxItems: 20,
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                name: { type: 'string', maxLength: 50, 'x-pii': 'name' },
                idNumber: { type: 'string', maxLength: 18, 'x-pii': 'idcard' },
                phone: { type: 'string', maxLength: 20, 'x-pii': 'phone' },
              },
            },
          },
        },
      },
    },
    note: {
      id: 'note',
      title: t('记录', 'Note'),
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { note: { type: 'string', maxLength: 2000 } },
      },
    },
    visit: {
      id: 'visit',
      title: t('回访', 'Follow-up visit'),
      schema: {
        type: 'object',
        required: ['satisfaction'],
        additionalProperties: false,
        properties: {
          satisfaction: {
            type: 'string',
            enum: ['satisfied', 'basicallySatisfied', 'dissatisfied'],
          },
        },
      },
    },
  },
  outcomes: {
    resolved: { title: t('已化解', 'Resolved'), resolved: true },
    referred: { title: t('已移送', 'Referred'), resolved: false },
  },
  startForm: 'report',
  starters: [{ role: 'gridMember', scope: 'grid' }],
  machine: {
    id: FIXTURE_DEFINITION_ID,
    initial: 'triage',
    states: {
      triage: {
        meta: {
          title: t('分流', 'Triage'),
          actors: [{ role: 'communityPolice', scope: 'community' }],
          deadline: {
            within: 3,
            warnBefore: 1,
            onBreach: [{ type: 'escalate', to: { role: 'townshipLead', scope: 'township' } }],
          },
        },
        on: {
          note: {
            actions: [{ type: 'storeData' }],
            meta: { title: t('记录情况', 'Add a note'), form: 'note' },
          },
          assign: {
            target: 'mediation',
            actions: [{ type: 'assign', params: { role: 'mediator', scope: 'township' } }],
            meta: { title: t('指派调解', 'Assign a mediator') },
          },
        },
      },
      mediation: {
        meta: {
          title: t('调解', 'Mediation'),
          actors: [{ role: 'mediator', scope: 'township' }],
          deadline: { within: 20, onBreach: [{ type: 'remind' }] },
        },
        on: {
          note: {
            actions: [{ type: 'storeData' }],
            meta: { title: t('记录调解', 'Record a session'), form: 'note' },
          },
          agree: {
            target: 'followUp',
            actions: [{ type: 'setOutcome', params: { outcome: 'resolved' } }],
            meta: { title: t('达成协议', 'Agreement') },
          },
          fail: {
            target: 'referred',
            actions: [{ type: 'setOutcome', params: { outcome: 'referred' } }],
            meta: { title: t('调解不成', 'Mediation failed'), requiresReason: true },
          },
          return: {
            target: 'triage',
            meta: { title: t('退回', 'Return'), verb: 'return', requiresReason: true },
          },
        },
      },
      followUp: {
        meta: {
          title: t('回访', 'Follow-up visit'),
          actors: [{ role: 'gridMember', scope: 'grid' }],
        },
        on: {
          visit: {
            target: 'closed',
            actions: [{ type: 'storeData' }],
            meta: { title: t('完成回访', 'Record the visit'), form: 'visit', verb: 'close' },
          },
        },
      },
      closed: { type: 'final', meta: { title: t('已办结', 'Closed'), outcome: 'resolved' } },
      referred: { type: 'final', meta: { title: t('已移送', 'Referred'), outcome: 'referred' } },
    },
  },
};

/** A report with personal data: the ID number and phone must never show unmasked in lists. */
export const fixtureReport = {
  title: '邻里噪音纠纷',
  category: 'neighbour',
  summary: '楼上住户夜间噪音，联系电话13800138000',
  parties: [
    { name: '张三丰', idNumber: '11010519491231002X', phone: '13912345678' },
    { name: '李四', idNumber: '110105194912310037', phone: '13700001111' },
  ],
};
