import { describe, expect, it } from 'vitest';
import { lintDefinition } from '../lint';
import { disputeMediation } from '../templates';
import { disputeMediationV2, disputePlanV1toV2 } from '../testing';
import type { MigrationPlan } from '../types';
import { checkPlan } from './index';

const v1 = disputeMediation;
const v2 = disputeMediationV2();
const plan = (change: Partial<MigrationPlan>): MigrationPlan => ({
  ...disputePlanV1toV2,
  ...change,
});
const codes = (p: unknown) => checkPlan(v1, v2, p, 'en').map((i) => [i.code, i.pointer]);

describe('checkPlan', () => {
  it('passes the plan from version 1 to a lint-clean version 2', () => {
    expect(lintDefinition(v2)).toEqual([]);
    expect(checkPlan(v1, v2, disputePlanV1toV2)).toEqual([]);
  });

  it('reports a plan that does not fit the schema by pointer', () => {
    expect(codes({ id: 'p' })).toEqual([['schema.required', '']]);
    expect(codes({ id: 'p', states: { a: 1 } })).toEqual([['schema.type', '/states/a']]);
  });

  it('names every state with no mapping, with its title: the plan is incomplete', () => {
    const { failed: _f, followUp: _u, ...states } = disputePlanV1toV2.states;
    const issues = checkPlan(v1, v2, plan({ states }), 'zh-CN');
    expect(issues.map((i) => [i.code, i.state])).toEqual([
      ['plan.stateUnmapped', 'failed'],
      ['plan.stateUnmapped', 'followUp'],
    ]);
    expect(issues[0]?.message).toBe('环节“调解不成”（failed）没有对应的新环节');
  });

  it('is complete when an ancestor covers the sub-stages', () => {
    const { mediation: _m, ...rest } = disputePlanV1toV2.states;
    const leaves = { 'mediation.sessions': 'mediation.sessions', 'mediation.joint': 'mediation' };
    expect(checkPlan(v1, v2, plan({ states: { ...rest, ...leaves } }))).toEqual([]);
    const partial = { ...rest, 'mediation.joint.lead': 'mediation' };
    expect(checkPlan(v1, v2, plan({ states: partial })).map((i) => i.state)).toEqual([
      'mediation.sessions',
      'mediation.joint.assisting.working',
      'mediation.joint.assisting.done',
    ]);
  });

  it('refuses unknown states, unknown or closing targets, and other versions', () => {
    const states = { ...disputePlanV1toV2.states, nowhere: 'registered' };
    expect(codes(plan({ states }))).toEqual([['plan.stateUnknown', '/states/nowhere']]);
    const bad = { ...disputePlanV1toV2.states, failed: 'verifyng', followUp: 'resolved' };
    expect(codes(plan({ states: bad }))).toEqual([
      ['plan.targetUnknown', '/states/failed'],
      ['plan.targetFinal', '/states/followUp'],
    ]);
    expect(codes(plan({ fromVersion: 3, definitionId: 'hazard' }))).toEqual([
      ['plan.definitionMismatch', '/definitionId'],
      ['plan.versionMismatch', '/fromVersion'],
    ]);
  });

  it('checks field moves: sound, once, known on both sides, personal data kept marked', () => {
    const fields = (moves: MigrationPlan['fields']) => codes(plan({ fields: moves }));
    expect(fields([{ from: 'facts', to: 'failureReason' }])).toEqual([]);
    expect(fields([{ from: 'facts', to: 'facts.text' }])).toEqual([
      ['plan.fieldInvalid', '/fields/0'],
    ]);
    expect(
      fields([
        { from: 'facts', to: 'terms' },
        { from: 'facts', to: 'opinion' },
        { from: 'summary', to: 'terms' },
      ]),
    ).toEqual([
      ['plan.fieldTwice', '/fields/1'],
      ['plan.fieldTwice', '/fields/2'],
    ]);
    expect(fields([{ from: 'nope', to: 'nothing' }])).toEqual([
      ['plan.fieldUnknown', '/fields/0/from'],
      ['plan.fieldTargetUnknown', '/fields/0/to'],
    ]);
    const issues = checkPlan(
      v1,
      v2,
      plan({ fields: [{ from: 'place', to: 'description' }] }),
      'en',
    );
    expect(issues.map((i) => i.code)).toEqual(['plan.piiUnmarked']);
    expect(issues[0]?.message).toContain('"description"');
  });
});
