import type { Locale } from '@gridcase/forms';
import { localize } from '@gridcase/forms/i18n';
import { type StateEntry, stateEntries } from '../compile';
import type { ActorRule, DeadlineRule, WorkflowDefinition } from '../types';
import { guardText, roleTitle } from './guardText';
import { type PathT, pathT } from './messages';
import type { DefinitionPath, PathStage, PathStep } from './pathTypes';

/** A path in words: one line of stages, and one line per step. */
export interface PathText {
  /** `待分流 → 调查核实 → 调解（调解中） → 已达成协议 → 回访 → 调解成功` */
  summary: string;
  /** Where the case opens, each step (who, what, when, where to, deadlines), how it ends. */
  lines: string[];
}

const title = (e: StateEntry) => e.node.meta?.title;

/** Active leaves as words: each top-level stage, its nested active stages in brackets. */
function stagesText(byId: Map<string, StateEntry>, leaves: string[], t: PathT): string {
  const groups = new Map<StateEntry, StateEntry[]>();
  for (const id of leaves) {
    const leaf = byId.get(id);
    if (!leaf) continue;
    let top = leaf;
    while (top.parent?.parent) top = top.parent;
    groups.set(top, [...(groups.get(top) ?? []), ...(leaf === top ? [] : [leaf])]);
  }
  const name = (e: StateEntry) => {
    const text = title(e);
    return text ? localize(text, t.locale) : e.path.join('.');
  };
  return [...groups]
    .map(([top, inner]) =>
      inner.length
        ? t('path.nested', { stage: name(top), inner: inner.map(name).join(t('path.list')) })
        : name(top),
    )
    .join(t('path.list'));
}

/** A stage deadline in words: `5 个工作日内办理，提前 1 个工作日预警；超期：催办`. */
export function deadlineText(definition: WorkflowDefinition, rule: DeadlineRule, t: PathT) {
  const breach = (rule.onBreach ?? [{ type: 'remind' as const }]).map((b) => {
    if (b.type === 'escalate')
      return t('breach.escalate', { role: roleTitle(definition, b.to.role, t) });
    if (b.type === 'event') return t('breach.event', { event: b.event });
    return b.to
      ? t('breach.remindTo', { role: roleTitle(definition, b.to.role, t) })
      : t('breach.remind');
  });
  return [
    t('deadline.within', { within: rule.within }),
    rule.warnBefore ? t('deadline.warn', { warnBefore: rule.warnBefore }) : '',
    t('deadline.breach', { rules: breach.join(t('path.list')) }),
    rule.repeatEvery ? t('deadline.repeat', { repeatEvery: rule.repeatEvery }) : '',
  ].join('');
}

/** The deadlines of entered stages, each named unless it is the one stage `shown`. */
function deadlines(
  definition: WorkflowDefinition,
  stages: PathStage[],
  shown: string,
  t: PathT,
): string {
  const timed = stages.filter((s) => s.deadline);
  const list = timed.map((s) => {
    const deadline = deadlineText(definition, s.deadline as DeadlineRule, t);
    const stage = localize(s.title, t.locale);
    return timed.length === 1 && shown === stage
      ? deadline
      : t('path.deadlineOf', { stage, deadline });
  });
  return list.length ? t('path.deadlines', { list: list.join(t('path.semicolon')) }) : '';
}

/** Who may act, as role titles: `社区民警或人民调解员`. */
export function actorsText(definition: WorkflowDefinition, actors: ActorRule[], t: PathT) {
  const roles = [...new Set(actors.map((a) => roleTitle(definition, a.role, t)))];
  return roles.join(t('path.or'));
}

function stepLine(
  definition: WorkflowDefinition,
  step: PathStep,
  n: number,
  t: PathT,
  byId: Map<string, StateEntry>,
) {
  const who =
    step.kind === 'deadline'
      ? t('path.system')
      : step.actors.length
        ? actorsText(definition, step.actors, t)
        : t('path.nobody');
  const action = localize(step.title, t.locale);
  const when = step.guard
    ? t('path.when', { condition: guardText(definition, step.guard, t) })
    : step.otherwise
      ? t('path.otherwise')
      : '';
  const stages = stagesText(byId, step.to, t);
  return t('path.step', {
    n,
    who,
    action: step.kind === 'reopen' ? t('path.reopen', { action }) : action,
    when,
    stages,
    deadlines: deadlines(definition, step.entered, stages, t),
  });
}

/**
 * A path in words, in zh-CN (default) or en, with the definition's titles: the stages it passes
 * (`summary`), and a line per step saying who takes which action under which condition, where
 * the case goes and which deadlines start there; then how the case ends.
 *
 * @example
 * ```ts
 * const [toResolved] = definitionPaths(disputeMediation).outcomes;
 * describePath(disputeMediation, toResolved).lines[1];
 * // '1. 社区民警：受理并指派 → 调查核实（调查核实：5 个工作日内办理，提前 1 个工作日预警；超期：催办）'
 * ```
 */
export function describePath(
  definition: WorkflowDefinition,
  path: DefinitionPath,
  options: { locale?: Locale } = {},
): PathText {
  const t = pathT(options.locale ?? 'zh-CN');
  const byId = new Map(stateEntries(definition.machine).map((e) => [e.id, e]));
  const startLeaves = path.steps[0]?.from ?? path.end;
  const stops = [stagesText(byId, startLeaves, t)];
  for (const step of path.steps) {
    const text = stagesText(byId, step.to, t);
    if (text !== stops.at(-1)) stops.push(text);
  }
  const opened = stops[0] ?? '';
  const lines = [
    t('path.opened', { stages: opened + deadlines(definition, path.start, opened, t) }),
    ...path.steps.map((s, i) => stepLine(definition, s, i + 1, t, byId)),
  ];
  const outcome = path.outcome ? definition.outcomes?.[path.outcome]?.title : undefined;
  if (path.outcome) {
    lines.push(t('path.closes', { outcome: outcome ? localize(outcome, t.locale) : path.outcome }));
  }
  return { summary: stops.join(t('path.arrow')), lines };
}
