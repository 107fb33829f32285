import { formValidator } from '@gridcase/forms';
import { describe, expect, it } from 'vitest';
import type { CaseContext, GuardRef } from '../types';
import {
  ACTION_CATALOG,
  applyAction,
  type CatalogArgs,
  checkParams,
  evaluateGuard,
  GUARD_CATALOG,
} from './index';

const context: CaseContext = {
  data: { category: 'neighbour', parties: [{ name: '张三' }] },
  coHandlers: [],
  supervision: 0,
  reopenCount: 1,
};
const args = (data?: Record<string, unknown>, ctx: Partial<CaseContext> = {}): CatalogArgs => ({
  context: { ...context, ...ctx },
  event: {
    type: 'triage',
    data,
    areaPath: ['c1', 't1', 'v1', 'g1'],
    actor: {
      userId: 'u1',
      roles: [{ role: 'communityPolice', areaId: 'v1', areaLevel: 'community' }],
    },
  },
});
const holds = (ref: GuardRef, a = args()) => evaluateGuard(ref, a, formValidator);

describe('guards', () => {
  it('dataMatches looks at the case data overlaid with the payload', () => {
    const minor: GuardRef = {
      type: 'dataMatches',
      params: {
        schema: { type: 'object', properties: { minor: { const: true } }, required: ['minor'] },
      },
    };
    expect(holds(minor)).toBe(false);
    expect(holds(minor, args({ minor: true }))).toBe(true);
    expect(holds(minor, args({ minor: false }))).toBe(false);
  });

  it('fieldEquals and fieldIn read dotted paths', () => {
    expect(holds({ type: 'fieldEquals', params: { field: 'parties.0.name', value: '张三' } })).toBe(
      true,
    );
    expect(
      holds({ type: 'fieldIn', params: { field: 'category', values: ['land', 'labour'] } }),
    ).toBe(false);
    expect(
      holds(
        { type: 'fieldIn', params: { field: 'category', values: ['land'] } },
        args({ category: 'land' }),
      ),
    ).toBe(true);
  });

  it('actorHasRole checks role and area', () => {
    expect(holds({ type: 'actorHasRole', params: { role: 'communityPolice' } })).toBe(true);
    expect(
      holds({ type: 'actorHasRole', params: { role: 'communityPolice', scope: 'township' } }),
    ).toBe(false);
    expect(holds({ type: 'actorHasRole', params: { role: 'mediator' } })).toBe(false);
  });

  it('and / or / not compose', () => {
    const yes: GuardRef = { type: 'reopenCountBelow', params: { max: 2 } };
    const no: GuardRef = { type: 'reopenCountBelow', params: { max: 1 } };
    expect(holds({ type: 'and', params: { guards: [yes, no] } })).toBe(false);
    expect(holds({ type: 'or', params: { guards: [no, yes] } })).toBe(true);
    expect(holds({ type: 'not', params: { guard: no } })).toBe(true);
  });

  it('hasCoHandlers optionally filters by lead', () => {
    const a = args(undefined, { coHandlers: [{ agency: 'justice', lead: false }] });
    expect(holds({ type: 'hasCoHandlers' }, a)).toBe(true);
    expect(holds({ type: 'hasCoHandlers', params: { lead: true } }, a)).toBe(false);
    expect(holds({ type: 'hasCoHandlers' })).toBe(false);
  });
});

describe('actions', () => {
  it('storeData merges the payload, or only the listed fields', () => {
    expect(applyAction({ type: 'storeData' }, args({ a: 1 })).data).toEqual({
      ...context.data,
      a: 1,
    });
    expect(
      applyAction({ type: 'storeData', params: { fields: ['a'] } }, args({ a: 1, b: 2 })).data,
    ).toEqual({ ...context.data, a: 1 });
  });

  it('assign resolves the area at the scope level and takes role and user from the payload', () => {
    expect(
      applyAction({ type: 'assign', params: { role: 'mediator', scope: 'township' } }, args()),
    ).toEqual({
      assignee: { role: 'mediator', areaId: 't1' },
    });
    const fromForm = applyAction(
      { type: 'assign', params: { roleField: 'to', scope: 'community', userField: 'user' } },
      args({ to: 'communityPolice', user: 'u9' }),
    );
    expect(fromForm).toEqual({ assignee: { role: 'communityPolice', areaId: 'v1', userId: 'u9' } });
  });

  it('adds and removes co-handlers', () => {
    const added = applyAction(
      { type: 'addCoHandler', params: { agencyField: 'agencies', lead: false } },
      args({ agencies: ['police', 'justice'] }, { coHandlers: [{ agency: 'police', lead: true }] }),
    );
    expect(added.coHandlers).toEqual([
      { agency: 'police', lead: false },
      { agency: 'justice', lead: false },
    ]);
    const removed = applyAction(
      { type: 'removeCoHandler', params: { agency: 'police' } },
      args(undefined, { coHandlers: added.coHandlers ?? [] }),
    );
    expect(removed.coHandlers).toEqual([{ agency: 'justice', lead: false }]);
    expect(applyAction({ type: 'removeCoHandler' }, args()).coHandlers).toEqual([]);
  });

  it('records outcome, supervision and reopenings', () => {
    expect(applyAction({ type: 'setOutcome', params: { outcome: 'resolved' } }, args())).toEqual({
      outcome: 'resolved',
    });
    expect(applyAction({ type: 'supervise' }, args())).toEqual({ supervision: 1 });
    expect(applyAction({ type: 'incrementReopen' }, args(undefined, { outcome: 'x' }))).toEqual({
      reopenCount: 2,
      outcome: undefined,
    });
  });
});

describe('params schemas', () => {
  it('compile for every entry and give every entry a zh-CN and en title', () => {
    for (const [name, spec] of Object.entries(GUARD_CATALOG)) {
      expect(spec.title['zh-CN'] && spec.title.en, name).toBeTruthy();
      expect(() => checkParams('guard', name, {})).not.toThrow();
    }
    for (const [name, spec] of Object.entries(ACTION_CATALOG)) {
      expect(spec.description['zh-CN'] && spec.description.en, name).toBeTruthy();
      expect(() => checkParams('action', name, {})).not.toThrow();
    }
  });

  it('report bad params with a pointer', () => {
    expect(checkParams('action', 'setOutcome', { outcome: 'resolved' })).toEqual([]);
    expect(checkParams('action', 'setOutcome', {})).toEqual([
      expect.objectContaining({ pointer: '', keyword: 'required' }),
    ]);
    expect(checkParams('action', 'assign', { role: 'x', scope: 'planet' })).toEqual([
      expect.objectContaining({ pointer: '/scope', keyword: 'enum' }),
    ]);
    expect(checkParams('guard', 'fieldEquals', { field: 'a', value: 1, extra: 1 })).toEqual([
      expect.objectContaining({ pointer: '/extra', keyword: 'additionalProperties' }),
    ]);
    expect(
      checkParams('action', 'assign', { role: 'x', roleField: 'y', scope: 'grid' }),
    ).not.toEqual([]);
  });
});
