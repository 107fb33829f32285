import type { ActorRule, WorkflowDefinition } from '../types';
import * as forms from './disputeForms';
import { t } from './formParts';

const gridMember: ActorRule = { role: 'gridMember', scope: 'grid' };
const police: ActorRule = { role: 'communityPolice', scope: 'community' };
const mediator: ActorRule = { role: 'mediator', scope: 'township' };
const lead: ActorRule = { role: 'townshipLead', scope: 'township' };
const assisting: ActorRule = { role: 'handler', scope: 'township', coHandler: 'assisting' };
const escalate = { type: 'escalate' as const, to: lead };

/**
 * 矛盾纠纷调解 (people's mediation) as a county practising police-grid integration runs it:
 * a grid member registers and may settle a minor dispute on the spot; the community police
 * officer triages within 3 working days; a mediator investigates and mediates within 30
 * working days, with the police station, justice office or a law firm co-handling when needed;
 * an agreement (optionally judicially confirmed) is followed by a visit, and dissatisfaction
 * reopens mediation. Overdue stages remind, then escalate to the township lead (督办).
 */
export const disputeMediation: WorkflowDefinition = {
  id: 'dispute-mediation',
  version: 1,
  caseType: 'dispute',
  title: t('矛盾纠纷调解', 'Dispute mediation'),
  description: t(
    '登记、分流、调查、调解（可联合调处）、协议或导出、回访、重办。',
    'Register, triage, investigate, mediate (jointly if needed), agree or refer, visit, reopen.',
  ),
  roles: {
    gridMember: { title: t('网格员', 'Grid member') },
    communityPolice: { title: t('社区民警', 'Community police officer') },
    mediator: { title: t('人民调解员', 'Mediator') },
    handler: { title: t('协办单位经办人', 'Agency handler') },
    townshipLead: { title: t('乡镇（街道）领导', 'Township lead') },
  },
  forms: { ...forms },
  outcomes: {
    resolved: { title: t('调解成功', 'Resolved'), resolved: true },
    settledOnSpot: { title: t('就地化解', 'Settled on the spot'), resolved: true },
    referredToCourt: { title: t('转诉讼', 'Referred to court') },
    referredElsewhere: { title: t('转其他渠道', 'Referred elsewhere') },
    outOfScope: { title: t('不予受理', 'Out of scope') },
    withdrawn: { title: t('撤回', 'Withdrawn') },
  },
  startForm: 'registration',
  starters: [gridMember, police],
  meta: {
    // Citizens' reports land in `registered` (待分流): the community police officer triages them
    // before anyone acts. A rating of 2 or less after closing reopens by the final stage's rule.
    public: { enabled: false, form: 'publicReport', triageStage: 'registered', lowRatingAtMost: 2 },
  },
  machine: {
    id: 'dispute-mediation',
    initial: 'registered',
    on: {
      withdraw: {
        target: '.withdrawn',
        meta: {
          title: t('撤回', 'Withdraw'),
          verb: 'withdraw',
          requiresReason: true,
          actors: [police, mediator],
        },
      },
      remind: {
        actions: [{ type: 'notify', params: { to: 'assignee', template: 'case.remind' } }],
        meta: { title: t('催办', 'Remind'), verb: 'remind', actors: [lead] },
      },
      supervise: {
        actions: [
          { type: 'storeData' },
          { type: 'supervise' },
          { type: 'notify', params: { to: 'assignee', template: 'case.supervise' } },
        ],
        meta: {
          title: t('督办', 'Supervise'),
          verb: 'supervise',
          form: 'supervision',
          actors: [lead],
        },
      },
    },
    states: {
      registered: {
        meta: {
          title: t('待分流', 'Awaiting triage'),
          actors: [police],
          deadline: { within: 3, warnBefore: 1, onBreach: [{ type: 'remind' }, escalate] },
        },
        on: {
          settleOnSpot: {
            target: 'settledOnSpot',
            guard: { type: 'fieldEquals', params: { field: 'severity', value: 'minor' } },
            actions: [{ type: 'storeData' }],
            meta: {
              title: t('就地化解', 'Settle on the spot'),
              form: 'onSpot',
              actors: [gridMember],
            },
          },
          accept: {
            target: 'investigating',
            actions: [
              { type: 'storeData' },
              {
                type: 'assign',
                params: { role: 'mediator', scope: 'township', userField: 'mediatorId' },
              },
            ],
            meta: { title: t('受理并指派', 'Accept and assign'), form: 'acceptance' },
          },
          referOut: {
            target: 'outOfScope',
            actions: [{ type: 'storeData' }],
            meta: { title: t('引导其他渠道', 'Refer to another channel'), form: 'referral' },
          },
          transfer: {
            actions: [
              { type: 'storeData' },
              {
                type: 'assign',
                params: { roleField: 'toRole', scope: 'township', userField: 'toUserId' },
              },
              { type: 'notify', params: { to: 'assignee', template: 'case.assigned' } },
            ],
            meta: { title: t('转办', 'Transfer'), verb: 'transfer', form: 'transfer' },
          },
        },
      },
      investigating: {
        meta: {
          title: t('调查核实', 'Investigating'),
          actors: [mediator],
          deadline: { within: 5, warnBefore: 1, onBreach: [{ type: 'remind' }] },
        },
        on: {
          startMediation: {
            target: 'mediation',
            actions: [{ type: 'storeData' }],
            meta: { title: t('开始调解', 'Start mediation'), form: 'investigation' },
          },
          return: {
            target: 'registered',
            actions: [{ type: 'clearAssignee' }],
            meta: {
              title: t('退回分流', 'Return to triage'),
              verb: 'return',
              requiresReason: true,
            },
          },
        },
      },
      mediation: {
        initial: 'sessions',
        meta: {
          title: t('调解', 'Mediation'),
          actors: [mediator],
          deadline: {
            within: 30,
            warnBefore: 5,
            onBreach: [{ type: 'remind' }, escalate],
            repeatEvery: 5,
          },
        },
        on: {
          reachAgreement: {
            target: 'agreed',
            actions: [{ type: 'storeData' }],
            meta: { title: t('达成协议', 'Reach agreement'), form: 'agreement' },
          },
          declareFailure: {
            target: 'failed',
            actions: [{ type: 'storeData' }],
            meta: { title: t('调解不成', 'Mediation failed'), form: 'failure' },
          },
        },
        states: {
          sessions: {
            meta: { title: t('调解中', 'Mediating') },
            on: {
              recordSession: {
                actions: [{ type: 'storeData' }],
                meta: { title: t('记录调解', 'Record a session'), form: 'session' },
              },
              requestJointHandling: {
                target: 'joint',
                actions: [
                  { type: 'storeData' },
                  {
                    type: 'addCoHandler',
                    params: { agencyField: 'assistingAgencies', lead: false },
                  },
                  { type: 'notify', params: { to: 'coHandlers', template: 'case.coHandle' } },
                ],
                meta: {
                  title: t('申请联合调处', 'Request joint handling'),
                  verb: 'coHandle',
                  form: 'coHandling',
                },
              },
            },
          },
          joint: {
            type: 'parallel',
            meta: { title: t('联合调处', 'Joint handling') },
            onDone: { target: 'sessions', actions: [{ type: 'removeCoHandler' }] },
            states: {
              lead: {
                initial: 'working',
                meta: { title: t('主办', 'Lead'), actors: [mediator] },
                states: {
                  working: {
                    meta: { title: t('主办调处中', 'Lead handling') },
                    on: {
                      concludeJoint: {
                        target: 'done',
                        actions: [{ type: 'storeData' }],
                        meta: { title: t('主办结论', 'Lead conclusion'), form: 'opinion' },
                      },
                    },
                  },
                  done: { type: 'final', meta: { title: t('主办完成', 'Lead done') } },
                },
              },
              assisting: {
                initial: 'working',
                meta: { title: t('协办', 'Assisting'), actors: [assisting] },
                states: {
                  working: {
                    meta: { title: t('协办中', 'Assisting') },
                    on: {
                      submitOpinion: {
                        target: 'done',
                        actions: [{ type: 'storeData', params: { fields: ['opinion'] } }],
                        meta: { title: t('提交协办意见', 'Submit opinion'), form: 'opinion' },
                      },
                    },
                  },
                  done: { type: 'final', meta: { title: t('协办完成', 'Assisting done') } },
                },
              },
            },
          },
        },
      },
      agreed: {
        meta: { title: t('已达成协议', 'Agreement reached'), actors: [mediator] },
        on: {
          requestConfirmation: {
            target: 'judicialConfirmation',
            meta: { title: t('申请司法确认', 'Apply for judicial confirmation') },
          },
          scheduleFollowUp: {
            target: 'followUp',
            actions: [{ type: 'assign', params: { role: 'gridMember', scope: 'grid' } }],
            meta: { title: t('安排回访', 'Schedule follow-up visit') },
          },
        },
      },
      judicialConfirmation: {
        meta: {
          title: t('司法确认', 'Judicial confirmation'),
          actors: [mediator],
          deadline: { within: 10, onBreach: [{ type: 'remind' }] },
        },
        on: {
          recordConfirmation: {
            target: 'followUp',
            actions: [
              { type: 'storeData' },
              { type: 'assign', params: { role: 'gridMember', scope: 'grid' } },
            ],
            meta: { title: t('登记确认结果', 'Record the court’s decision'), form: 'confirmation' },
          },
        },
      },
      failed: {
        meta: { title: t('调解不成', 'Mediation failed'), actors: [mediator] },
        on: {
          refer: [
            {
              target: 'referredToCourt',
              guard: { type: 'fieldEquals', params: { field: 'channel', value: 'litigation' } },
              actions: [{ type: 'storeData' }],
              meta: { title: t('导出', 'Refer'), form: 'referral' },
            },
            {
              target: 'referredElsewhere',
              actions: [{ type: 'storeData' }],
              meta: { title: t('导出', 'Refer'), form: 'referral' },
            },
          ],
        },
      },
      followUp: {
        meta: {
          title: t('回访', 'Follow-up visit'),
          actors: [gridMember, mediator],
          deadline: { within: 10, warnBefore: 2, onBreach: [{ type: 'remind' }] },
        },
        on: {
          recordVisit: [
            {
              target: 'resolved',
              guard: {
                type: 'and',
                params: {
                  guards: [
                    { type: 'fieldEquals', params: { field: 'performed', value: true } },
                    {
                      type: 'not',
                      params: {
                        guard: {
                          type: 'fieldEquals',
                          params: { field: 'satisfaction', value: 'dissatisfied' },
                        },
                      },
                    },
                  ],
                },
              },
              actions: [{ type: 'storeData' }],
              meta: { title: t('登记回访', 'Record the visit'), form: 'visit' },
            },
            {
              target: 'mediation',
              actions: [
                { type: 'storeData' },
                { type: 'incrementReopen' },
                { type: 'assign', params: { role: 'mediator', scope: 'township' } },
              ],
              meta: { title: t('登记回访', 'Record the visit'), form: 'visit', verb: 'reopen' },
            },
          ],
        },
      },
      resolved: {
        type: 'final',
        meta: {
          title: t('调解成功', 'Resolved'),
          outcome: 'resolved',
          reopen: {
            target: 'mediation',
            title: t('重新调解', 'Mediate again'),
            actors: [mediator, lead],
            requiresReason: true,
            withinDays: 60,
          },
        },
      },
      settledOnSpot: {
        type: 'final',
        meta: {
          title: t('就地化解', 'Settled on the spot'),
          outcome: 'settledOnSpot',
          reopen: {
            target: 'registered',
            title: t('重办', 'Reopen'),
            actors: [police, lead],
            requiresReason: true,
            withinDays: 30,
          },
        },
      },
      referredToCourt: {
        type: 'final',
        meta: { title: t('已转诉讼', 'Referred to court'), outcome: 'referredToCourt' },
      },
      referredElsewhere: {
        type: 'final',
        meta: { title: t('已转其他渠道', 'Referred elsewhere'), outcome: 'referredElsewhere' },
      },
      outOfScope: {
        type: 'final',
        meta: { title: t('不予受理', 'Out of scope'), outcome: 'outOfScope' },
      },
      withdrawn: { type: 'final', meta: { title: t('已撤回', 'Withdrawn'), outcome: 'withdrawn' } },
    },
  },
};
