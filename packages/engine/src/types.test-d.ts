// Type tests: checked by `tsc -p tsconfig.json` (part of `npm test`). Each `@ts-expect-error`
// pins something that must not compile; `expectTypeOf` pins what must.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActorRule,
  type CaseRecord,
  defineWorkflow,
  type EventsOf,
  gridcaseError,
  type LintCode,
  type StepResult,
  step,
  type TransitionConfig,
  type WorkflowDefinition,
} from './index';

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const flow = defineWorkflow({
  id: 'typed',
  version: 1,
  caseType: 'dispute',
  title: t('类型', 'Typed'),
  roles: { clerk: { title: t('办事员', 'Clerk') } },
  forms: {},
  machine: {
    id: 'typed',
    initial: 'open',
    states: {
      open: {
        meta: { title: t('办理', 'Open'), actors: [{ role: 'clerk', scope: 'grid' }] },
        on: { close: { target: 'done', meta: { title: t('办结', 'Close') } } },
        initial: 'a',
        states: {
          a: { meta: { title: t('甲', 'A') }, on: { poke: { actions: [{ type: 'supervise' }] } } },
        },
      },
      done: { type: 'final', meta: { title: t('完成', 'Done') } },
    },
  },
});
declare const record: CaseRecord;
const actor = { userId: 'u', roles: [] };

describe('workflow definitions', () => {
  it('know their events when declared with defineWorkflow', () => {
    expectTypeOf<EventsOf<typeof flow>>().toEqualTypeOf<'close' | 'poke'>();
    expectTypeOf<EventsOf<WorkflowDefinition>>().toEqualTypeOf<string>();
  });

  it('reject a command the workflow does not accept', () => {
    step(flow, record, { type: 'close', actor }, new Date());
    step(flow, record, { type: 'deadline.fire', deadlineId: 'x', actor }, new Date());
    // @ts-expect-error 'fly' is not an event of this workflow
    step(flow, record, { type: 'fly', actor }, new Date());
    const loaded: WorkflowDefinition = flow;
    step(loaded, record, { type: 'anything', actor }, new Date());
  });

  it('reject guards and actions outside the catalog, and bad params', () => {
    const ok: TransitionConfig = {
      guard: { type: 'fieldEquals', params: { field: 'minor', value: true } },
      actions: [{ type: 'assign', params: { role: 'mediator', scope: 'township' } }],
    };
    expectTypeOf(ok).toExtend<TransitionConfig>();
    // @ts-expect-error an unknown guard name
    const unknownGuard: TransitionConfig = { guard: { type: 'isFullMoon' } };
    const missingParam: TransitionConfig = {
      // @ts-expect-error fieldEquals needs a value
      guard: { type: 'fieldEquals', params: { field: 'x' } },
    };
    // @ts-expect-error an unknown action name
    const unknownAction: TransitionConfig = { actions: [{ type: 'sendFax' }] };
    void [unknownGuard, missingParam, unknownAction];
  });

  it('take only the four area levels as scopes', () => {
    // @ts-expect-error 'province' is not an area level
    const rule: ActorRule = { role: 'lead', scope: 'province' };
    void rule;
  });
});

describe('results and errors', () => {
  it('make callers check ok before reading the case', () => {
    const result = {} as StepResult;
    // @ts-expect-error the case exists only when ok
    void result.case;
    if (result.ok) expectTypeOf(result.case).toEqualTypeOf<CaseRecord>();
    else expectTypeOf(result.error.code).toEqualTypeOf<import('./errors').ErrorCode>();
  });

  it('accept only catalog error codes', () => {
    gridcaseError('case.notFound');
    // @ts-expect-error not a catalog code
    gridcaseError('case.nope');
  });

  it('have lint codes as a closed union', () => {
    expectTypeOf<'state.unreachable'>().toExtend<LintCode>();
    expectTypeOf<'state.whatever'>().not.toExtend<LintCode>();
  });
});
