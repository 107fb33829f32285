// Test fixtures for step(): a small workflow, a county and its people. Not exported.
import type { Actor, RoleAssignment, WorkflowDefinition } from '../types';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const AREA = ['county1', 'town1', 'village1', 'grid1'];
export const OTHER_GRID = ['county1', 'town1', 'village1', 'grid2'];
export const NOW = new Date('2026-11-23T02:00:00Z'); // Monday 10:00 in Shanghai

const person = (userId: string, ...roles: RoleAssignment[]): Actor => ({ userId, roles });
export const gridMember = person('grid-a', {
  role: 'gridMember',
  areaId: 'grid1',
  areaLevel: 'grid',
});
export const otherGridMember = person('grid-b', {
  role: 'gridMember',
  areaId: 'grid2',
  areaLevel: 'grid',
});
export const police = person('police-a', {
  role: 'communityPolice',
  areaId: 'village1',
  areaLevel: 'community',
});
export const townLead = person('lead-a', {
  role: 'townshipLead',
  areaId: 'town1',
  areaLevel: 'township',
});
export const justice: Actor = {
  ...person('justice-a', { role: 'handler', areaId: 'town1', areaLevel: 'township' }),
  agencies: ['justiceOffice'],
};
export const system: Actor = { userId: 'scheduler', roles: [], system: true };

export const flow: WorkflowDefinition = {
  id: 'mini-dispute',
  version: 1,
  caseType: 'dispute',
  title: t('小纠纷', 'Small dispute'),
  roles: {
    gridMember: { title: t('网格员', 'Grid member') },
    communityPolice: { title: t('社区民警', 'Community police officer') },
    townshipLead: { title: t('乡镇领导', 'Township lead') },
    handler: { title: t('部门经办人', 'Department handler') },
  },
  forms: {
    report: {
      id: 'report',
      title: t('登记', 'Report'),
      schema: {
        type: 'object',
        required: ['summary'],
        properties: { summary: { type: 'string', minLength: 2 }, minor: { type: 'boolean' } },
        additionalProperties: false,
      },
    },
    triage: {
      id: 'triage',
      title: t('分流', 'Triage'),
      schema: {
        type: 'object',
        required: ['agencies'],
        properties: { agencies: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    },
    opinion: {
      id: 'opinion',
      title: t('协办意见', 'Opinion'),
      schema: {
        type: 'object',
        required: ['opinion'],
        properties: { opinion: { type: 'string', minLength: 1 } },
        additionalProperties: false,
      },
    },
  },
  outcomes: { resolved: { title: t('已化解', 'Resolved'), resolved: true } },
  startForm: 'report',
  starters: [{ role: 'gridMember', scope: 'grid' }],
  machine: {
    id: 'mini-dispute',
    initial: 'registered',
    on: {
      remind: {
        actions: [{ type: 'notify', params: { to: 'assignee', template: 'case.remind' } }],
        meta: {
          title: t('催办', 'Remind'),
          verb: 'remind',
          actors: [{ role: 'townshipLead', scope: 'township' }],
        },
      },
    },
    states: {
      registered: {
        meta: {
          title: t('待分流', 'Triage'),
          actors: [{ role: 'communityPolice', scope: 'community' }],
          deadline: { within: 3, warnBefore: 1, onBreach: [{ type: 'remind' }] },
        },
        on: {
          settle: {
            target: 'resolved',
            guard: { type: 'fieldEquals', params: { field: 'minor', value: true } },
            meta: {
              title: t('就地化解', 'Settle'),
              actors: [{ role: 'gridMember', scope: 'grid' }],
            },
          },
          triage: {
            target: 'joint',
            actions: [
              { type: 'storeData' },
              { type: 'addCoHandler', params: { agencyField: 'agencies', lead: false } },
              { type: 'assign', params: { role: 'communityPolice', scope: 'community' } },
            ],
            meta: { title: t('分流', 'Triage'), form: 'triage', verb: 'coHandle' },
          },
        },
      },
      joint: {
        type: 'parallel',
        meta: {
          title: t('联合办理', 'Joint handling'),
          deadline: {
            within: 5,
            onBreach: [{ type: 'escalate', to: { role: 'townshipLead', scope: 'township' } }],
            repeatEvery: 2,
          },
        },
        states: {
          lead: {
            initial: 'working',
            meta: {
              title: t('主办', 'Lead'),
              actors: [{ role: 'communityPolice', scope: 'community' }],
            },
            states: {
              working: {
                meta: { title: t('办理中', 'Working') },
                on: { finish: { target: 'done', meta: { title: t('办结', 'Finish') } } },
              },
              done: { type: 'final', meta: { title: t('主办完成', 'Lead done') } },
            },
          },
          assisting: {
            initial: 'working',
            meta: {
              title: t('协办', 'Assisting'),
              actors: [{ role: 'handler', scope: 'township', coHandler: 'assisting' }],
            },
            states: {
              working: {
                meta: { title: t('协办中', 'Assisting') },
                on: {
                  opinion: {
                    target: 'done',
                    actions: [{ type: 'storeData' }],
                    meta: { title: t('提交意见', 'Give opinion'), form: 'opinion' },
                  },
                },
              },
              done: { type: 'final', meta: { title: t('协办完成', 'Assisting done') } },
            },
          },
        },
        onDone: { target: 'review' },
        on: {
          return: {
            target: 'registered',
            meta: {
              title: t('退回', 'Return'),
              verb: 'return',
              requiresReason: true,
              actors: [{ role: 'communityPolice', scope: 'community' }],
            },
          },
        },
      },
      review: {
        meta: { title: t('审核', 'Review'), actors: [{ role: 'townshipLead', scope: 'township' }] },
        on: { close: { target: 'resolved', meta: { title: t('办结', 'Close'), verb: 'close' } } },
      },
      resolved: {
        type: 'final',
        meta: {
          title: t('已化解', 'Resolved'),
          outcome: 'resolved',
          reopen: {
            target: 'registered',
            title: t('重办', 'Reopen'),
            actors: [{ role: 'townshipLead', scope: 'township' }],
            requiresReason: true,
            withinDays: 10,
          },
        },
      },
    },
  },
};
