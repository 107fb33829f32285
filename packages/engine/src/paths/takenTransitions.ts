import type { FormValidator } from '@gridcase/forms';
import { checkActor } from '../access';
import { type CaseEvent, evaluateGuard } from '../catalog';
import {
  activeEntries,
  asList,
  effectiveActors,
  escapePointer,
  type StateEntry,
  statePointer,
} from '../compile';
import { rawStates, resolveTarget } from '../lint/walk';
import type { TransitionConfig, WorkflowDefinition } from '../types';
import type { PathSnapshot } from './pathEvents';

/** One transition of the definition that a step took. */
export interface Taken {
  /** Its JSON pointer: `/machine/states/triage/on/accept`, `/on/refer/1`, `/onDone`, `/meta/reopen`. */
  pointer: string;
  source: StateEntry;
  transition?: TransitionConfig;
}

/** The JSON pointer of transition `index` of `event` (`on`, or `onDone` when event is null). */
export function transitionPointer(source: StateEntry, event: string | null, index: number) {
  const value = event === null ? source.node.onDone : source.node.on?.[event];
  const base = `${statePointer(source.path)}/${event === null ? 'onDone' : `on/${escapePointer(event)}`}`;
  return Array.isArray(value) ? `${base}/${index}` : base;
}

function isWithin(entry: StateEntry, ancestor: StateEntry): boolean {
  for (let at: StateEntry | undefined = entry; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/**
 * Which transitions an event took from a snapshot, found the way xstate selects them: from each
 * active leaf up, the first transition for the event whose actor rules and guard admit it; then
 * the `onDone` of every compound or parallel stage the step completed (left from inside, its
 * `onDone` target now active). `reopen` takes the closed stage's reopen rule.
 */
export function takenTransitions(
  definition: WorkflowDefinition,
  validator: FormValidator,
  prev: PathSnapshot,
  event: CaseEvent,
  next: PathSnapshot,
): Taken[] {
  const before = activeEntries(definition, prev.value);
  if (event.type === 'reopen') {
    const source = before.find((e) => e.node.meta?.reopen);
    return source ? [{ pointer: `${statePointer(source.path)}/meta/reopen`, source }] : [];
  }
  const args = { context: prev.context, event };
  const admits = (tr: TransitionConfig, source: StateEntry) => {
    const rules = effectiveActors(tr, source);
    const { actor, areaPath } = event;
    const permitted = rules
      ? checkActor(actor, rules, areaPath, prev.context.coHandlers) === 'ok'
      : actor.system === true;
    return permitted && (!tr.guard || evaluateGuard(tr.guard, args, validator));
  };
  const parents = new Set(before.map((e) => e.parent));
  const taken = new Map<string, Taken>();
  for (const leaf of before.filter((e) => !parents.has(e))) {
    for (let at: StateEntry | undefined = leaf; at; at = at.parent) {
      const list = asList(at.node.on?.[event.type]);
      const index = list.findIndex((tr) => admits(tr, at as StateEntry));
      if (index < 0) continue;
      const pointer = transitionPointer(at, event.type, index);
      taken.set(pointer, { pointer, source: at, transition: list[index] });
      break;
    }
  }
  if (taken.size === 0) return [];
  const after = new Set(activeEntries(definition, next.value).map((e) => e.id));
  const raw = rawStates(definition.machine as never);
  const byId = new Map(raw.map((s) => [s.id, s]));
  for (const done of before) {
    const [onDone] = asList(done.node.onDone);
    const inside = [...taken.values()].every((t) => t.source !== done && isWithin(t.source, done));
    if (!onDone || after.has(done.id) || !inside) continue;
    const source = byId.get(done.id);
    const target = typeof onDone.target === 'string' ? onDone.target : onDone.target?.[0];
    const to = source && target ? resolveTarget(target, source, byId) : undefined;
    if (to && !after.has(to.id)) continue;
    const pointer = transitionPointer(done, null, 0);
    taken.set(pointer, { pointer, source: done, transition: onDone });
  }
  return [...taken.values()];
}
