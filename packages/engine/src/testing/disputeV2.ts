/**
 * Test-only (import `@gridcase/engine/testing` from tests and stories, never from product
 * code): a second version of the dispute template, as a county might publish it a year on, and
 * the migration plan that moves running cases onto it.
 */
import { disputeMediation } from '../templates';
import type { MigrationPlan, StateNodeConfig, WorkflowDefinition } from '../types';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const mediator = { role: 'mediator', scope: 'township' as const };

/**
 * The dispute template's version 2: the stage 调查核实 (investigating, 5 working days) is split
 * in two, 调查取证 (investigating, 3 days: record the facts) and 核实研判 (verifying, 2 days:
 * check them, then start mediation or send it back); and accepting a case must now name its
 * mediator (`mediatorId` required). Everything else is version 1.
 *
 * @example
 * ```ts
 * const v2 = disputeMediationV2(); // version 2, lint-clean
 * ```
 */
export function disputeMediationV2(
  base: WorkflowDefinition = disputeMediation,
): WorkflowDefinition {
  const v2 = structuredClone(base);
  v2.version = 2;
  const acceptance = v2.forms.acceptance;
  if (acceptance) acceptance.schema = { ...acceptance.schema, required: ['mediatorId'] };
  const states = v2.machine.states as Record<string, StateNodeConfig>;
  const old = states.investigating as StateNodeConfig;
  const investigating: StateNodeConfig = {
    meta: {
      title: t('调查取证', 'Investigating'),
      actors: [mediator],
      deadline: { within: 3, warnBefore: 1, onBreach: [{ type: 'remind' }] },
    },
    on: {
      recordFacts: {
        target: 'verifying',
        actions: [{ type: 'storeData' }],
        meta: { title: t('登记调查结果', 'Record the facts'), form: 'investigation' },
      },
      return: old.on?.return ?? [],
    },
  };
  const verifying: StateNodeConfig = {
    meta: {
      title: t('核实研判', 'Verifying'),
      actors: [mediator],
      deadline: { within: 2, onBreach: [{ type: 'remind' }] },
    },
    on: {
      startMediation: {
        target: 'mediation',
        meta: { title: t('开始调解', 'Start mediation') },
      },
      reinvestigate: {
        target: 'investigating',
        meta: {
          title: t('补充调查', 'Investigate further'),
          verb: 'return',
          requiresReason: true,
        },
      },
    },
  };
  const entries = Object.entries(states).flatMap(([key, node]) =>
    key === 'investigating'
      ? [
          ['investigating', investigating],
          ['verifying', verifying],
        ]
      : [[key, node]],
  );
  v2.machine.states = Object.fromEntries(entries);
  return v2;
}

/**
 * The plan from version 1 to {@link disputeMediationV2}: every stage to the stage of the same
 * name (a mapped stage's sub-stages follow), the old 调查核实 to the new 调查取证.
 *
 * @example
 * ```ts
 * checkPlan(disputeMediation, disputeMediationV2(), disputePlanV1toV2); // []
 * ```
 */
export const disputePlanV1toV2: MigrationPlan = {
  id: 'dispute-2027-split-investigation',
  title: t('拆分调查核实环节', 'Split the investigation stage'),
  definitionId: 'dispute-mediation',
  fromVersion: 1,
  toVersion: 2,
  states: {
    registered: 'registered',
    investigating: 'investigating',
    mediation: 'mediation',
    agreed: 'agreed',
    judicialConfirmation: 'judicialConfirmation',
    failed: 'failed',
    followUp: 'followUp',
  },
};
