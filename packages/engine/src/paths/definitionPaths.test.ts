import { formValidator } from '@gridcase/forms';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { asList, compileDefinition, leafIds, stateEntries, statePointer } from '../compile';
import { lintDefinition } from '../lint';
import { disputeMediation, TEMPLATES } from '../templates';
import type { WorkflowDefinition } from '../types';
import { type DefinitionPath, definitionPaths, describePath } from './index';
import { PATH_AREA, SYSTEM } from './pathEvents';

/** Every transition pointer of a definition, written out independently of the module. */
function transitionPointers(definition: WorkflowDefinition): string[] {
  const out: string[] = [];
  for (const { node, path } of stateEntries(definition.machine)) {
    const at = statePointer(path);
    for (const [event, value] of Object.entries(node.on ?? {})) {
      if (Array.isArray(value)) out.push(...value.map((_, i) => `${at}/on/${event}/${i}`));
      else out.push(`${at}/on/${event}`);
    }
    if (node.onDone) out.push(`${at}/onDone`);
    if (node.meta?.reopen) out.push(`${at}/meta/reopen`);
  }
  return out.sort();
}

const stateIds = (definition: WorkflowDefinition) =>
  stateEntries(definition.machine)
    .slice(1)
    .map((e) => e.id);
const outcomesOf = (definition: WorkflowDefinition) =>
  [
    ...new Set([
      ...Object.keys(definition.outcomes ?? {}),
      ...stateEntries(definition.machine).flatMap((e) => e.node.meta?.outcome ?? []),
    ]),
  ].sort();

/** Replays a path on the compiled machine and returns the stages after each step. */
function replay(definition: WorkflowDefinition, path: DefinitionPath): string[][] {
  const { machine } = compileDefinition(definition, { validator: formValidator });
  const start = { type: 'create', actor: SYSTEM, areaPath: PATH_AREA, data: {} };
  const input = { data: {}, coHandlers: [], supervision: 0, reopenCount: 0, start };
  let [snapshot] = initialTransition(machine, input);
  const seen: string[][] = [];
  for (const step of path.steps) {
    if (step.kind === 'reopen') {
      const [key, ...rest] = (step.to[0] ?? '').split('.').slice(1);
      const value = rest.length ? { [key as string]: rest.join('.') } : key;
      snapshot = machine.resolveState({ value: value as never, context: snapshot.context });
    } else {
      const event = { type: step.event, data: step.data, actor: SYSTEM, areaPath: PATH_AREA };
      [snapshot] = transition(machine, snapshot, event);
    }
    seen.push(leafIds(definition, snapshot.value));
  }
  return seen;
}

describe.each(Object.values(TEMPLATES))('the generated paths of template $id', (definition) => {
  const paths = definitionPaths(definition);

  it('reach every stage', () => {
    expect(paths.states.map((p) => p.goal.id)).toEqual(stateIds(definition));
    expect(paths.missing.states).toEqual([]);
    for (const path of paths.states) {
      const last = path.steps.at(-1);
      const where = [...path.start, ...(last?.entered ?? [])].map((s) => s.id);
      expect(where, path.goal.id).toContain(path.goal.id);
    }
  });

  it('reach every outcome, each ending the case with it', () => {
    expect(paths.outcomes.map((p) => p.goal.id).sort()).toEqual(outcomesOf(definition));
    for (const path of paths.outcomes) expect(path.outcome).toBe(path.goal.id);
    expect(paths.missing.outcomes).toEqual([]);
  });

  it('take every transition at least once, with fewer paths than transitions', () => {
    const taken = new Set(paths.transitions.flatMap((p) => p.steps.flatMap((s) => s.transitions)));
    expect([...taken].sort()).toEqual(transitionPointers(definition));
    expect(paths.missing.transitions).toEqual([]);
    expect(paths.transitions.length).toBeLessThan(transitionPointers(definition).length);
  });

  it('replay on the machine step by step', () => {
    for (const path of [...paths.states, ...paths.outcomes, ...paths.transitions]) {
      expect(replay(definition, path), path.goal.id).toEqual(path.steps.map((s) => s.to));
    }
  });
});

describe('a path through dispute mediation', () => {
  const { outcomes } = definitionPaths(disputeMediation);
  const byOutcome = (o: string) => outcomes.find((p) => p.goal.id === o) as DefinitionPath;

  it('to "resolved" names each step’s action, who acts, and the deadlines on the way', () => {
    const path = byOutcome('resolved');
    expect(path.steps.map((s) => [s.event, s.actors.map((a) => a.role)])).toEqual([
      ['accept', ['communityPolice']],
      ['startMediation', ['mediator']],
      ['reachAgreement', ['mediator']],
      ['scheduleFollowUp', ['mediator']],
      ['recordVisit', ['gridMember', 'mediator']],
    ]);
    expect(path.start.map((s) => [s.id, s.deadline?.within])).toEqual([
      ['dispute-mediation.registered', 3],
    ]);
    const timed = path.steps.flatMap((s) => s.entered.filter((e) => e.deadline));
    expect(timed.map((e) => [e.path.join('.'), e.deadline?.within])).toEqual([
      ['investigating', 5],
      ['mediation', 30],
      ['followUp', 10],
    ]);
    expect(describePath(disputeMediation, path).summary).toBe(
      '待分流 → 调查核实 → 调解（调解中） → 已达成协议 → 回访 → 调解成功',
    );
    const en = describePath(disputeMediation, path, { locale: 'en' });
    expect(en.lines[1]).toBe(
      '1. Community police officer: Accept and assign → Investigating (within 5 working days, warned 1 working day(s) ahead; when overdue: remind)',
    );
    expect(en.lines.at(-1)).toBe('The case closes as: Resolved');
  });

  it('meets conditions with the forms’ values, and says "otherwise" for the fallback', () => {
    const court = byOutcome('referredToCourt').steps.at(-1);
    expect(court?.data.channel).toBe('litigation');
    const elsewhere = byOutcome('referredElsewhere').steps.at(-1);
    expect(elsewhere).toMatchObject({ event: 'refer', otherwise: true });
    expect(elsewhere?.data.channel).not.toBe('litigation');
    const [zh] = describePath(disputeMediation, byOutcome('referredToCourt')).lines.slice(-2);
    expect(zh).toBe('4. 人民调解员：导出（条件：导出渠道为“诉讼”） → 已转诉讼');
  });

  it('reopens a closed case by its final stage’s rule', () => {
    const { transitions } = definitionPaths(disputeMediation);
    const reopen = transitions
      .flatMap((p) => p.steps)
      .find((s) => s.transitions.includes('/machine/states/resolved/meta/reopen'));
    expect(reopen).toMatchObject({ kind: 'reopen', to: ['dispute-mediation.mediation.sessions'] });
  });
});

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
/** open → closed, plus an `escalated` stage a deadline's event leads to. */
function small(): WorkflowDefinition {
  return {
    id: 'small',
    version: 0,
    caseType: 'dispute',
    title: t('小流程', 'Small'),
    roles: { clerk: { title: t('办事员', 'Clerk') } },
    forms: {},
    outcomes: { done: { title: t('办结', 'Done') } },
    starters: [{ role: 'clerk', scope: 'grid' }],
    machine: {
      id: 'small',
      initial: 'open',
      states: {
        open: {
          meta: {
            title: t('办理中', 'Open'),
            actors: [{ role: 'clerk', scope: 'grid' }],
            deadline: { within: 2, onBreach: [{ type: 'event', event: 'timeUp' }] },
          },
          on: {
            finish: { target: 'closed', meta: { title: t('办结', 'Finish') } },
            timeUp: { target: 'escalated', meta: { title: t('超期上报', 'Time up') } },
          },
        },
        escalated: {
          meta: { title: t('已上报', 'Escalated'), actors: [{ role: 'clerk', scope: 'grid' }] },
          on: { finish: { target: 'closed', meta: { title: t('办结', 'Finish') } } },
        },
        closed: { type: 'final', meta: { title: t('已办结', 'Closed'), outcome: 'done' } },
      },
    },
  };
}

describe('paths of a draft', () => {
  it('mark a step a deadline’s breach event takes as the system’s', () => {
    const [toEscalated] = definitionPaths(small()).states.filter((p) =>
      p.goal.id.endsWith('escalated'),
    );
    expect(toEscalated?.steps).toEqual([
      expect.objectContaining({ event: 'timeUp', kind: 'deadline' }),
    ]);
    expect(describePath(small(), toEscalated as DefinitionPath).lines[1]).toBe(
      '1. 系统（时限到期）：超期上报 → 已上报',
    );
  });

  it('list a stage whose only way in needs a condition that cannot hold as missing', () => {
    const draft = small();
    const open = draft.machine.states?.open;
    const never = {
      type: 'and' as const,
      params: {
        guards: [
          { type: 'fieldEquals' as const, params: { field: 'level', value: 1 } },
          { type: 'fieldEquals' as const, params: { field: 'level', value: 2 } },
        ],
      },
    };
    asList(open?.on?.timeUp)[0]!.guard = never;
    const paths = definitionPaths(draft);
    expect(paths.missing.states).toEqual(['small.escalated']);
    expect(paths.missing.transitions).toEqual([
      '/machine/states/open/on/timeUp',
      '/machine/states/escalated/on/finish',
    ]);
    // the linter follows targets, not conditions: it finds the stage reachable
    expect(lintDefinition(draft).map((f) => f.code)).not.toContain('state.unreachable');
  });

  it('leave out an outcome no stage produces and say so', () => {
    const draft = {
      ...small(),
      outcomes: { ...small().outcomes, lost: { title: t('遗失', 'Lost') } },
    };
    expect(definitionPaths(draft).missing.outcomes).toEqual(['lost']);
  });

  it('send what a role condition asks for', () => {
    const draft = small();
    const finish = draft.machine.states?.open?.on?.finish;
    if (finish && !Array.isArray(finish))
      finish.guard = { type: 'actorHasRole', params: { role: 'clerk' } };
    const path = definitionPaths(draft).outcomes[0];
    expect(path?.steps.map((s) => s.event)).toEqual(['finish']);
  });
});
