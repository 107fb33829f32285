import type { ActorRule, WorkflowDefinition } from '../types';
import { t } from './formParts';
import * as forms from './hazardForms';

const gridMember: ActorRule = { role: 'gridMember', scope: 'grid' };
const township: ActorRule = { role: 'townshipHandler', scope: 'township' };
const department: ActorRule = { role: 'departmentHandler', scope: 'township' };
const lead: ActorRule = { role: 'townshipLead', scope: 'township' };
const safetyOffice: ActorRule = { role: 'safetyOffice', scope: 'county' };

/**
 * 安全隐患整改 (hazard rectification) as a county running it with supervision: a grid member
 * reports with photos and location; the township verifies and grades within 3 working days
 * (general hazards may be fixed on the spot); a rectification notice gives the responsible
 * department 5 working days; re-inspection within 3 working days accepts (销号) or returns it
 * for more work. Overdue rectification is reminded, then escalated to the township lead with the
 * supervision (督办) level raised every 3 working days; major hazards start under supervision.
 */
export const hazardRectification: WorkflowDefinition = {
  id: 'hazard-rectification',
  version: 1,
  caseType: 'hazard',
  title: t('安全隐患整改', 'Hazard rectification'),
  description: t(
    '上报、核实定级、下达整改通知、整改、复查验收、销号；超期督办。',
    'Report, verify and grade, notice, rectify, re-inspect, write off; supervision when overdue.',
  ),
  roles: {
    gridMember: { title: t('网格员', 'Grid member') },
    townshipHandler: { title: t('乡镇处置员', 'Township handler') },
    departmentHandler: { title: t('部门经办人', 'Department handler') },
    townshipLead: { title: t('乡镇（街道）领导', 'Township lead') },
    safetyOffice: { title: t('县安委办', 'County safety office') },
  },
  forms: { ...forms },
  outcomes: {
    writtenOff: { title: t('整改销号', 'Rectified and written off'), resolved: true },
    fixedOnSpot: { title: t('当场整改', 'Fixed on the spot'), resolved: true },
    dismissed: { title: t('核实不属实', 'Not confirmed') },
    withdrawn: { title: t('撤回', 'Withdrawn') },
  },
  startForm: 'hazardReport',
  starters: [gridMember, township],
  meta: {
    // Citizens' reports land in `verifying` (核实定级): the township verifies them before anyone
    // acts. A rating of 2 or less after closing reopens by the final stage's rule.
    public: { enabled: false, form: 'publicReport', triageStage: 'verifying', lowRatingAtMost: 2 },
  },
  machine: {
    id: 'hazard-rectification',
    initial: 'verifying',
    on: {
      withdraw: {
        target: '.withdrawn',
        meta: {
          title: t('撤回', 'Withdraw'),
          verb: 'withdraw',
          requiresReason: true,
          actors: [township],
        },
      },
      remind: {
        actions: [{ type: 'notify', params: { to: 'assignee', template: 'case.remind' } }],
        meta: { title: t('催办', 'Remind'), verb: 'remind', actors: [lead, safetyOffice] },
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
          actors: [lead, safetyOffice],
        },
      },
    },
    states: {
      verifying: {
        meta: {
          title: t('核实定级', 'Verify and grade'),
          actors: [township],
          deadline: { within: 3, warnBefore: 1, onBreach: [{ type: 'remind' }] },
        },
        on: {
          fixOnSpot: {
            target: 'fixedOnSpot',
            actions: [{ type: 'storeData' }],
            meta: {
              title: t('当场整改', 'Fixed on the spot'),
              form: 'onSpotFix',
              actors: [township, gridMember],
            },
          },
          issueNotice: [
            {
              target: 'rectifying',
              guard: { type: 'fieldEquals', params: { field: 'level', value: 'major' } },
              actions: [
                { type: 'storeData' },
                { type: 'addCoHandler', params: { agencyField: 'department', lead: true } },
                {
                  type: 'assign',
                  params: { role: 'departmentHandler', scope: 'township', userField: 'handlerId' },
                },
                { type: 'supervise' },
                { type: 'notify', params: { to: lead, template: 'hazard.major' } },
              ],
              meta: { title: t('下达整改通知', 'Issue rectification notice'), form: 'notice' },
            },
            {
              target: 'rectifying',
              actions: [
                { type: 'storeData' },
                { type: 'addCoHandler', params: { agencyField: 'department', lead: true } },
                {
                  type: 'assign',
                  params: { role: 'departmentHandler', scope: 'township', userField: 'handlerId' },
                },
              ],
              meta: { title: t('下达整改通知', 'Issue rectification notice'), form: 'notice' },
            },
          ],
          dismiss: {
            target: 'dismissed',
            meta: { title: t('核实不属实', 'Not confirmed'), requiresReason: true },
          },
        },
      },
      rectifying: {
        meta: {
          title: t('整改中', 'Rectifying'),
          actors: [department],
          deadline: {
            within: 5,
            warnBefore: 1,
            onBreach: [{ type: 'remind' }, { type: 'escalate', to: lead }],
            repeatEvery: 3,
          },
        },
        on: {
          submitRectification: {
            target: 'reinspecting',
            actions: [
              { type: 'storeData' },
              { type: 'assign', params: { role: 'townshipHandler', scope: 'township' } },
            ],
            meta: { title: t('提交整改反馈', 'Report rectification'), form: 'rectification' },
          },
          transfer: {
            actions: [
              { type: 'storeData' },
              { type: 'removeCoHandler' },
              { type: 'addCoHandler', params: { agencyField: 'department', lead: true } },
              {
                type: 'assign',
                params: { role: 'departmentHandler', scope: 'township', userField: 'handlerId' },
              },
              { type: 'notify', params: { to: 'assignee', template: 'case.assigned' } },
            ],
            meta: {
              title: t('转办', 'Transfer'),
              verb: 'transfer',
              form: 'departmentTransfer',
              actors: [township, lead],
            },
          },
        },
      },
      reinspecting: {
        meta: {
          title: t('复查验收', 'Re-inspection'),
          actors: [township, gridMember],
          deadline: { within: 3, onBreach: [{ type: 'remind' }] },
        },
        on: {
          accept: {
            target: 'writtenOff',
            actions: [{ type: 'storeData' }],
            meta: { title: t('验收通过', 'Accept'), form: 'reinspection' },
          },
          returnForRework: {
            target: 'rectifying',
            actions: [
              { type: 'storeData' },
              { type: 'assign', params: { role: 'departmentHandler', scope: 'township' } },
            ],
            meta: {
              title: t('退回整改', 'Return for more work'),
              verb: 'return',
              requiresReason: true,
              form: 'reinspection',
            },
          },
        },
      },
      writtenOff: {
        type: 'final',
        meta: {
          title: t('已销号', 'Written off'),
          outcome: 'writtenOff',
          reopen: {
            target: 'rectifying',
            title: t('重新整改', 'Rectify again'),
            actors: [township, lead],
            requiresReason: true,
            withinDays: 20,
          },
        },
      },
      fixedOnSpot: {
        type: 'final',
        meta: {
          title: t('已当场整改', 'Fixed on the spot'),
          outcome: 'fixedOnSpot',
          reopen: {
            target: 'verifying',
            title: t('重新核实', 'Verify again'),
            actors: [township, lead],
            requiresReason: true,
            withinDays: 20,
          },
        },
      },
      dismissed: {
        type: 'final',
        meta: { title: t('不属实', 'Not confirmed'), outcome: 'dismissed' },
      },
      withdrawn: { type: 'final', meta: { title: t('已撤回', 'Withdrawn'), outcome: 'withdrawn' } },
    },
  },
};
